package io.revbridge.hubspot.internal;

import io.revbridge.spi.CrmError;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RejectedCrmException;
import io.revbridge.spi.WriteResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Sends batch writes so that one bad item never sinks the others.
 *
 * <ul>
 *   <li>A batch HubSpot rejects as a whole (400 and the like) is split in halves, recursively, until the
 *       bad items stand alone; each lone rejected item becomes a failed result. If the rejection blames a
 *       property every item of the batch writes (a property that does not exist, a read-only one),
 *       splitting cannot help and the whole batch fails at once with that reason.
 *   <li>A retryable or connection failure after some items have succeeded gives every item without a
 *       result a failed result of that kind; before any success it is thrown, as the SPI says.
 * </ul>
 */
public final class HubSpotBatches {
  public static final int MAX_BATCH = 100;
  private static final Set<String> BATCH_WIDE_CODES = Set.of("PROPERTY_DOESNT_EXIST", "READ_ONLY_VALUE");

  private HubSpotBatches() {}

  /** Sends one batch and returns one result per item, keyed by idempotency key. */
  @FunctionalInterface
  public interface Sender<T> {
    List<WriteResult> send(List<T> batch);
  }

  /** Chunks of at most {@link #MAX_BATCH}, in order. */
  public static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += MAX_BATCH) {
      out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + MAX_BATCH))));
    }
    return out;
  }

  public static <T> List<WriteResult> write(
      List<List<T>> chunks, Function<T, String> key, Function<T, Set<String>> fieldsOf, Sender<T> sender) {
    List<WriteResult> done = new ArrayList<>();
    try {
      for (List<T> chunk : chunks) {
        isolate(chunk, key, fieldsOf, sender, done);
      }
      return done;
    } catch (RejectedCrmException impossible) {
      throw impossible; // isolate() turns every rejection into results
    } catch (CrmException e) {
      if (done.stream().noneMatch(WriteResult::succeeded)) {
        throw e;
      }
      Set<String> answered = new HashSet<>();
      done.forEach(r -> answered.add(r.idempotencyKey()));
      CrmError error = new CrmError(e.kind(), e.code(), e.getMessage(), List.of());
      chunks.stream().flatMap(List::stream).map(key)
          .filter(answered::add)
          .forEach(k -> done.add(WriteResult.failed(k, error)));
      return done;
    }
  }

  private static <T> void isolate(
      List<T> batch, Function<T, String> key, Function<T, Set<String>> fieldsOf, Sender<T> sender,
      List<WriteResult> done) {
    try {
      done.addAll(sender.send(batch));
    } catch (RejectedCrmException e) {
      CrmError error = HubSpotItemErrors.fromRejection(e);
      if (batch.size() == 1 || blamesEveryItem(error, batch, fieldsOf)) {
        batch.forEach(item -> done.add(WriteResult.failed(key.apply(item), error)));
        return;
      }
      int middle = batch.size() / 2;
      isolate(batch.subList(0, middle), key, fieldsOf, sender, done);
      isolate(batch.subList(middle, batch.size()), key, fieldsOf, sender, done);
    }
  }

  private static <T> boolean blamesEveryItem(CrmError error, List<T> batch, Function<T, Set<String>> fieldsOf) {
    return BATCH_WIDE_CODES.contains(error.code())
        && !error.fields().isEmpty()
        && batch.stream().allMatch(item -> fieldsOf.apply(item).containsAll(error.fields()));
  }
}

package io.revbridge.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSource;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.DeadLetterFilter;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.sync.DeadLetterReplay;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a refused hand-off step becomes: a retry with a growing wait, a dead letter, or a stopped pass. */
class HandoffDeadLettersTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path tmp;
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  private Store store;
  private HandoffDeadLetters letters;
  private HandoffLink link;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    // only its name is asked for: a connection that is nothing more
    CrmConnection hs = (CrmConnection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {CrmConnection.class}, (proxy, method, args) -> {
          if (method.getName().equals("name")) {
            return "hs";
          }
          throw new UnsupportedOperationException(method.getName());
        });
    var mapping = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings"))).forObject("hubspot", "contacts")
        .orElseThrow();
    letters = new HandoffDeadLetters(store, new HandoffSide(hs, mapping), clock);
    link = HandoffLink.crossed("hs", "101", "sf", 85, T0.minusSeconds(60));
    store.handoffs().save(link);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private List<DeadLetter> open() {
    return store.deadLetters().list(new DeadLetterFilter("hs", "handoff", null, true), 10);
  }

  @Test
  void aValidationErrorIsADeadLetterAtOnceWithTheRecordTheReasonAndWhatWasSent() {
    HandoffFailure refused = new HandoffFailure("Salesforce refused the new lead", new CrmError(
        ErrorKind.PERMANENT_ITEM, "REQUIRED_FIELD_MISSING", "Required fields are missing: [Company]",
        List.of("Company")), Map.of("LastName", "Ng", "Email", "ng@acme.test"));

    HandoffLink after = letters.handOverFailed(link, refused);

    assertThat(after.status()).isEqualTo(HandoffLink.FAILED);
    assertThat(store.handoffs().get("hs", "101")).get().isEqualTo(after);
    assertThat(open()).singleElement().satisfies(d -> {
      assertThat(d.connection()).isEqualTo("hs");
      assertThat(d.objectType()).isEqualTo("contacts");
      assertThat(d.recordId()).isEqualTo("101");
      assertThat(d.errorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
      assertThat(d.message()).isEqualTo("hand-over: Salesforce refused the new lead: REQUIRED_FIELD_MISSING Required"
          + " fields are missing: [Company] (fields: Company)");
      assertThat(d.payload()).contains("\"step\":\"hand-over\"", "\"hubspot\":\"hs/contacts/101\"",
          "\"LastName\":\"Ng\"", "\"mqlScore\":85");
    });
    assertThat(letters.open()).containsExactly("101");
  }

  @Test
  void aPassingFailureWaitsLongerEachTimeAndIsADeadLetterAfterTheFifthAttempt() {
    RetryableCrmException unavailable = new RetryableCrmException("503", "Service Unavailable", Duration.ZERO, null);
    HandoffLink l = link;
    for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
        Duration.ofMinutes(8))) {
      l = letters.handOverFailed(l, unavailable);
      assertThat(l.status()).isEqualTo(HandoffLink.PENDING);
      assertThat(l.retryAt()).isEqualTo(T0.plus(wait));
      assertThat(open()).isEmpty();
    }

    l = letters.handOverFailed(l, unavailable);

    assertThat(l.status()).isEqualTo(HandoffLink.FAILED);
    assertThat(l.attempts()).isEqualTo(HandoffLink.MAX_ATTEMPTS);
    assertThat(open()).singleElement().satisfies(d -> {
      assertThat(d.errorCode()).isEqualTo("503");
      assertThat(d.message()).contains("gave up after 5 attempts: Service Unavailable");
    });
  }

  @Test
  void aConnectionThatRefusesEverythingStopsThePassWithoutALetter() {
    ConnectionCrmException revoked = new ConnectionCrmException("INVALID_SESSION_ID", "the session is invalid", null);

    assertThatThrownBy(() -> letters.handOverFailed(link, revoked)).isSameAs(revoked);
    assertThatThrownBy(() -> letters.stepFailed(link, "task", revoked)).isSameAs(revoked);
    assertThat(open()).isEmpty();
    assertThat(store.handoffs().get("hs", "101")).get().isEqualTo(link);
  }

  @Test
  void aLaterStepIsADeadLetterOnlyWhenItCanNeverSucceed() {
    HandoffLink handed = link.handedOver("Lead", "00Q1", "created", "Open", "005A", T0, Duration.ofHours(2),
        Duration.ofHours(24));
    store.handoffs().save(handed);

    assertThat(letters.stepFailed(handed, "feedback", new RetryableCrmException("429", "slow down",
        Duration.ofSeconds(10), null))).isFalse();
    assertThat(letters.stepFailed(handed, "feedback", new HandoffFailure("hs refused the write", new CrmError(
        ErrorKind.PERMANENT_ITEM, "INVALID_OPTION", "lifecyclestage: not one of the allowed options", List.of()),
        Map.of("lifecyclestage", "salesqualifiedlead")))).isTrue();

    assertThat(open()).singleElement().satisfies(d -> assertThat(d.message()).startsWith("feedback: hs refused"));
  }

  @Test
  void aReplayedLetterRunsTheHandoffAgainFromTheStart() {
    letters.handOverFailed(link, new HandoffFailure("Salesforce refused the new lead", new CrmError(
        ErrorKind.PERMANENT_ITEM, "INVALID_CROSS_REFERENCE_KEY", "Owner ID: id value of incorrect type",
        List.of("OwnerId")), Map.of()));

    var outcome = new DeadLetterReplay(store, clock).replay(open().get(0));

    assertThat(outcome.toString()).contains("runs again on the next hand-off pass");
    assertThat(store.handoffs().due(T0, 10)).singleElement().satisfies(l -> {
      assertThat(l.hubspotId()).isEqualTo("101");
      assertThat(l.attempts()).isZero();
    });
    assertThat(letters.open()).isEmpty();
  }
}

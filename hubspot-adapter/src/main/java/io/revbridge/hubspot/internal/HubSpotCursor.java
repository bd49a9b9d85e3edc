package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/**
 * Where the HubSpot change feed stands, as compact JSON ({@code {"ts":1700000000000,"ids":["51"]}}).
 *
 * @param ts the watermark: every record modified before it has been emitted (epoch ms)
 * @param ids records modified exactly at {@code ts} already emitted, so the next search, which starts
 *     at {@code ts} inclusive, does not emit them again
 * @param afterId null while sweeping by modified date; while draining a timestamp shared by more records
 *     than fit a page, the largest {@code hs_object_id} emitted so far at {@code ts}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HubSpotCursor(
    @JsonProperty("ts") long ts,
    @JsonProperty("ids") List<String> ids,
    @JsonProperty("afterId") String afterId) {

  public static final HubSpotCursor START = new HubSpotCursor(0, List.of(), null);

  public HubSpotCursor {
    ids = ids == null ? List.of() : List.copyOf(ids);
  }

  public boolean draining() {
    return afterId != null;
  }

  public String encode() {
    return HubSpotJson.write(this);
  }

  /** @throws IllegalArgumentException when the text is not a cursor this adapter wrote */
  public static HubSpotCursor decode(String text) {
    if (text == null || text.isBlank()) {
      return START;
    }
    try {
      HubSpotCursor cursor = HubSpotJson.MAPPER.readValue(text, HubSpotCursor.class);
      if (cursor.ts < 0) {
        throw new IllegalArgumentException("negative watermark");
      }
      return cursor;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a HubSpot change-feed cursor (" + e.getMessage().lines().findFirst().orElse("")
              + "); reset this object's cursor to resync from the start", e);
    }
  }
}

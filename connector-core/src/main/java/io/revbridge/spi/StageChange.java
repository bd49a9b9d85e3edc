package io.revbridge.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One stage a deal entered, in the CRM's own stage value ({@code presentationscheduled}, {@code Negotiation/Review}).
 *
 * @param enteredAt when the CRM recorded the change (HubSpot: the version's timestamp; Salesforce: the
 *     OpportunityHistory row's CreatedDate)
 */
public record StageChange(String stage, Instant enteredAt) {
  public StageChange {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(enteredAt, "enteredAt");
  }
}

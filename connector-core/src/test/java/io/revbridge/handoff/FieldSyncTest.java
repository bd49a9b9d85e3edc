package io.revbridge.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.handoff.FieldSync.Decision;
import io.revbridge.handoff.FieldSync.Direction;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FieldSyncTest {
  private static final Instant EARLY = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant LATE = EARLY.plusSeconds(60);

  private static Decision decide(SyncRule rule, String hs, String sf, String synced, Instant hsAt, Instant sfAt) {
    return FieldSync.decide(rule, hs, sf, synced, hsAt, sfAt);
  }

  @Test
  void preferSalesforceUnlessBlankTakesSalesforcesValueAndFillsABlankSalesforceFromHubSpot() {
    assertThat(decide(SyncRule.PREFER_SALESFORCE_UNLESS_BLANK, "Ada", "Grace", null, LATE, EARLY))
        .extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_HUBSPOT, "Grace");
    assertThat(decide(SyncRule.PREFER_SALESFORCE_UNLESS_BLANK, "Ada", " ", null, EARLY, LATE))
        .extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_SALESFORCE, "Ada");
  }

  @Test
  void alwaysSalesforceCopiesSalesforceEvenOverANewerHubSpotEditButNeverABlank() {
    assertThat(decide(SyncRule.ALWAYS_SALESFORCE, "new in HubSpot", "CTO", "CTO", LATE, EARLY))
        .extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_HUBSPOT, "CTO");
    assertThat(decide(SyncRule.ALWAYS_SALESFORCE, "CTO", null, null, EARLY, LATE).direction()).isEqualTo(Direction.NONE);
  }

  @Test
  void alwaysHubSpotCopiesHubSpotEvenOverANewerSalesforceEditButNeverABlank() {
    assertThat(decide(SyncRule.ALWAYS_HUBSPOT, "Web", "Partner", "Web", EARLY, LATE))
        .extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_SALESFORCE, "Web");
    assertThat(decide(SyncRule.ALWAYS_HUBSPOT, "", "Partner", null, LATE, EARLY).direction()).isEqualTo(Direction.NONE);
  }

  @Test
  void twoWayCopiesTheSideEditedSinceTheLastSync() {
    assertThat(decide(SyncRule.TWO_WAY, "VP Sales", "CTO", "CTO", EARLY, LATE))
        .extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_SALESFORCE, "VP Sales");
    assertThat(decide(SyncRule.TWO_WAY, "CTO", "VP Sales", "CTO", LATE, EARLY))
        .extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_HUBSPOT, "VP Sales");
  }

  @Test
  void twoWayResolvesBothSidesEditedByTheMoreRecentEditAndSalesforceOnATie() {
    Decision hubspotLater = decide(SyncRule.TWO_WAY, "A", "B", "C", LATE, EARLY);
    Decision tie = decide(SyncRule.TWO_WAY, "A", "B", "C", EARLY, EARLY);

    assertThat(hubspotLater).extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_SALESFORCE, "A");
    assertThat(hubspotLater.conflict()).isTrue();
    assertThat(tie).extracting(Decision::direction, Decision::value).containsExactly(Direction.TO_HUBSPOT, "B");
    assertThat(tie.why()).contains("Salesforce wins ties");
  }

  @Test
  void twoWayNeverClearsTheOtherSide() {
    assertThat(decide(SyncRule.TWO_WAY, null, "CTO", "CTO", LATE, EARLY).direction()).isEqualTo(Direction.NONE);
  }

  @Test
  void noneNeverSyncs() {
    assertThat(decide(SyncRule.NONE, "A", "B", null, LATE, EARLY).direction()).isEqualTo(Direction.NONE);
  }

  @Test
  void valuesThatOnlyLookDifferentAreInStep() {
    assertThat(decide(SyncRule.TWO_WAY, "120", "120.0", null, LATE, EARLY).direction()).isEqualTo(Direction.NONE);
    assertThat(decide(SyncRule.ALWAYS_HUBSPOT, " CTO ", "CTO", null, LATE, EARLY).direction()).isEqualTo(Direction.NONE);
  }
}

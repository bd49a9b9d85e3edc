package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.enrichment.title.BuyingRole;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadScoringModelTest {
  private final LeadScoringModel d = LeadScoringModel.defaults();

  @Test
  void industriesAreComparedInOneStyle() {
    assertThat(d.targetIndustries()).contains("COMPUTER_SOFTWARE", "IT_SERVICES", "SOFTWARE_DEVELOPMENT");
  }

  @Test
  void gradesOutOfOrderAreRefusedWithTheBounds() {
    assertThatThrownBy(() -> new LeadScoringModel(d.categoryMax(), d.sizeBands(), d.unknownSizePoints(),
        d.targetIndustries(), d.targetIndustryPoints(), d.adjacentIndustries(), d.adjacentIndustryPoints(),
        d.otherIndustryPoints(), d.unknownIndustryPoints(), d.rolePoints(), d.pricingPagePoints(), d.downloadPoints(),
        d.webinarPoints(), d.minVisits(), d.repeatVisitPoints(), d.emailEngagementPoints(), d.activeProjectPoints(),
        d.budgetCyclePoints(), d.solutionExpiringPoints(), d.generalInterestPoints(), 60, 80, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grades need 0 < coldMin < warmMin < hotMin <= 100, got 40, 80, 60");
  }

  @Test
  void everyRoleNeedsPoints() {
    assertThatThrownBy(() -> new LeadScoringModel(d.categoryMax(), d.sizeBands(), d.unknownSizePoints(),
        Set.of(), 25, Set.of(), 15, 5, 5, Map.of(BuyingRole.DECISION_MAKER, 25), 15, 10, 15, 2, 10, 5, 25, 20, 15, 10, 80, 60, 40))
        .hasMessage("rolePoints needs points for INFLUENCER");
  }

  @Test
  void thePlaybooksTextIsTheSameWhateverOrderItsListsWereGivenIn() {
    // The text is part of every input fingerprint: it must not depend on insertion or hash order.
    LeadScoringModel reversed = new LeadScoringModel(d.categoryMax(), d.sizeBands(), d.unknownSizePoints(),
        new java.util.LinkedHashSet<>(java.util.List.of("Telecom", "SaaS", "COMPUTER_SOFTWARE")), 25,
        Set.of("FINANCIAL_SERVICES"), 15, 5, 5, d.rolePoints(), 15, 10, 15, 2, 10, 5, 25, 20, 15, 10, 80, 60, 40);
    LeadScoringModel ordered = new LeadScoringModel(d.categoryMax(), d.sizeBands(), d.unknownSizePoints(),
        new java.util.LinkedHashSet<>(java.util.List.of("COMPUTER_SOFTWARE", "SaaS", "Telecom")), 25,
        Set.of("FINANCIAL_SERVICES"), 15, 5, 5, d.rolePoints(), 15, 10, 15, 2, 10, 5, 25, 20, 15, 10, 80, 60, 40);

    assertThat(reversed.toString()).isEqualTo(ordered.toString())
        .contains("targetIndustries=[COMPUTER_SOFTWARE, SAAS, TELECOM]")
        .contains("rolePoints={DECISION_MAKER=25, INFLUENCER=20, USER=15, UNKNOWN=5}");
    assertThat(LeadPlaybook.defaults().toString()).contains("targetRoles=[DECISION_MAKER, INFLUENCER]")
        .contains("recommended={HOT=");
  }
}

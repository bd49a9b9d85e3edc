package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.CrmField;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSuggesterTest {
  private static CrmField field(String name, String label) {
    return new CrmField("Lead", name, label, "string", name.endsWith("__c"), true, List.of());
  }

  private static final List<CrmField> SALESFORCE_LEAD = List.of(
      field("Title", "Title"), field("NumberOfEmployees", "Employees"), field("Page_Views__c", "Page views"),
      field("Industry", "Industry"), field("LeadSource", "Lead Source"), field("OwnerId", "Owner ID"));

  @Test
  void salesforceApiNamesAndLabelsMatchCanonicalFields() {
    assertThat(FieldSuggester.suggest("title", SALESFORCE_LEAD, 2)).extracting(CrmField::name).containsExactly("Title");
    assertThat(FieldSuggester.suggest("employees", SALESFORCE_LEAD, 1)).extracting(CrmField::name)
        .containsExactly("NumberOfEmployees");
    assertThat(FieldSuggester.suggest("intent.pageViews", SALESFORCE_LEAD, 1)).extracting(CrmField::name)
        .containsExactly("Page_Views__c");
    assertThat(FieldSuggester.suggest("ownerId", SALESFORCE_LEAD, 1)).extracting(CrmField::name).containsExactly("OwnerId");
  }

  @Test
  void hubSpotPrefixesAreIgnoredAndNothingWeakIsSuggested() {
    List<CrmField> hubspot = List.of(field("hs_lead_status", "Lead Status"), field("jobtitle", "Job Title"),
        field("createdate", "Create Date"));

    assertThat(FieldSuggester.suggest("leadStatus", hubspot, 2)).extracting(CrmField::name).containsExactly("hs_lead_status");
    assertThat(FieldSuggester.suggest("title", hubspot, 2)).extracting(CrmField::name).containsExactly("jobtitle");
    assertThat(FieldSuggester.suggest("timing.budgetCycle", hubspot, 2)).isEmpty();
  }
}

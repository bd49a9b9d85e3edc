package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.CrmField;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldStatus;
import io.revbridge.spi.FieldType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceSchemaAdminTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void describeListsEveryFieldWithTypeAndActivePicklistValues() {
    server.stub(":describeSObject>", "describe-lead.xml");

    List<CrmField> fields = new SalesforceSchemaAdmin(server.session()).describe("Lead");

    assertThat(fields).extracting(CrmField::name)
        .containsExactly("Email", "Rating", "Revbridge_Score__c", "Revbridge_Grade__c");
    assertThat(fields.get(1).type()).isEqualTo("picklist");
    assertThat(fields.get(1).options()).containsExactly("Hot");
    assertThat(fields.get(2).custom()).isTrue();
  }

  @Test
  void missingCustomFieldsAreReportedWithTheSetupCommandBecauseTheyCannotBeCreatedHere() {
    server.stub(":describeSObject>", "describe-lead.xml");

    List<FieldStatus> statuses = new SalesforceSchemaAdmin(server.session()).ensureFields(List.of(
        new FieldSpec("Lead", "Revbridge_Score__c", "Revbridge score", FieldType.NUMBER, ""),
        new FieldSpec("Lead", "Revbridge_Grade__c", "Revbridge grade", FieldType.STRING, ""),
        new FieldSpec("Lead", "Revbridge_Reasons__c", "Revbridge reasons", FieldType.TEXTAREA, "")), true);

    assertThat(statuses).extracting(FieldStatus::state)
        .containsExactly(FieldStatus.State.EXISTS, FieldStatus.State.FAILED, FieldStatus.State.MISSING);
    assertThat(statuses.get(1).detail()).contains("field-level security");
    assertThat(statuses.get(2).detail()).contains("revbridge setup salesforce --out DIR");
    assertThat(server.soapRequests(":describeSObject>")).hasSize(1);
  }
}

package io.revbridge.handoff;

import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldType;
import java.util.ArrayList;
import java.util.List;

/** The fields the hand-off writes in each CRM besides the mapped ones, as the CRMs' schema calls create them. */
public final class HandoffFields {
  private HandoffFields() {}

  /**
   * The Salesforce fields a hand-off writes, for {@code setup salesforce} (the partner API cannot create fields):
   * the HubSpot id and the context package on leads and contacts, and the rejection reason on leads.
   */
  public static List<FieldSpec> salesforce() {
    List<FieldSpec> fields = new ArrayList<>();
    for (String object : List.of("Lead", "Contact")) {
      fields.add(new FieldSpec(object, HandoffRunner.SF_HUBSPOT_ID, "Revbridge HubSpot Id", FieldType.STRING,
          "The HubSpot contact this record was handed over from, set by Revbridge."));
      fields.add(new FieldSpec(object, HandoffRunner.SF_CONTEXT, "Revbridge Handoff Context", FieldType.TEXTAREA,
          "Why marketing handed this person over: source, intent, firmographics, scores, talking points."));
    }
    fields.add(new FieldSpec("Lead", "Revbridge_Rejection_Reason__c", "Revbridge Rejection Reason", FieldType.STRING,
        "Why sales rejected the lead; Revbridge writes it back to HubSpot."));
    return fields;
  }

  /** Revbridge's hand-off properties on HubSpot contacts, created at the first pass like its other fields. */
  static List<FieldSpec> hubspot(String object) {
    return List.of(
        new FieldSpec(object, HandoffRunner.HS_SALESFORCE_ID, "Revbridge Salesforce id", FieldType.STRING,
            "The Salesforce lead or contact this contact was handed to, set by Revbridge."),
        new FieldSpec(object, HandoffRunner.HS_STATUS, "Revbridge hand-off status", FieldType.STRING,
            "handed-over, accepted, rejected, converted, closed-won or closed-lost, set by Revbridge."),
        new FieldSpec(object, HandoffRunner.HS_REASON, "Revbridge rejection reason", FieldType.STRING,
            "Why sales rejected the lead in Salesforce, set by Revbridge."));
  }
}

package io.revbridge.sandbox.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects and fields the fake org has, with their describe types; names match case-insensitively. */
final class SfSchema {
  record FieldDef(String name, String type, boolean custom, boolean updateable) {}

  private static final Map<String, List<FieldDef>> OBJECTS = new LinkedHashMap<>();

  static {
    List<FieldDef> revbridge = List.of(
        custom("Revbridge_Score__c", "double"), custom("Revbridge_Grade__c", "string"),
        custom("Revbridge_Score_Reasons__c", "textarea"), custom("Revbridge_Last_Scored_At__c", "datetime"),
        custom("Revbridge_MQL_Score__c", "double"), custom("Revbridge_MQL__c", "string"),
        custom("Revbridge_Routing_Reason__c", "string"), custom("Revbridge_Predictive_Score__c", "double"),
        custom("Revbridge_Predictive_Factors__c", "textarea"));
    define("Lead", List.of(std("Email", "email"), std("FirstName", "string"), std("LastName", "string"),
        std("Title", "string"), std("Phone", "phone"), std("Company", "string"), std("Website", "url"),
        std("Industry", "picklist"), std("NumberOfEmployees", "int"), std("Country", "string"),
        std("State", "string"), std("City", "string"), std("Status", "picklist"), std("LeadSource", "picklist"),
        std("Rating", "picklist"), std("OwnerId", "reference"), std("Description", "textarea"),
        std("HasOptedOutOfEmail", "boolean"),
        readOnly("IsConverted", "boolean"), readOnly("ConvertedContactId", "reference"),
        readOnly("ConvertedAccountId", "reference"), readOnly("ConvertedOpportunityId", "reference")),
        concat(concat(revbridge, handoff()), List.of(
            custom("Revbridge_Rejection_Reason__c", "string"),
            // the org's own intent and timing fields (marketing automation would fill them), for the example mapping
            custom("Web_Visits__c", "double"), custom("Page_Views__c", "double"),
            custom("Pricing_Page_Visited__c", "boolean"), custom("Content_Downloads__c", "double"),
            custom("Webinar_Attended__c", "boolean"), custom("Email_Clicks__c", "double"),
            custom("Demo_Requested__c", "boolean"), custom("Trial_Signup__c", "boolean"),
            custom("Active_Project__c", "boolean"), custom("Budget_Cycle__c", "boolean"))));
    define("Contact", List.of(std("Email", "email"), std("FirstName", "string"), std("LastName", "string"),
        std("Title", "string"), std("Phone", "phone"), std("AccountId", "reference"),
        std("MailingCountry", "string"), std("MailingState", "string"), std("MailingCity", "string"),
        std("LeadSource", "picklist"), std("OwnerId", "reference"), std("HasOptedOutOfEmail", "boolean")),
        concat(revbridge, handoff()));
    define("Account", List.of(std("Name", "string"), std("Website", "url"), std("Industry", "picklist"),
        std("NumberOfEmployees", "int"), std("AnnualRevenue", "currency"), std("BillingCountry", "string"),
        std("BillingState", "string"), std("BillingCity", "string"), std("Type", "picklist"),
        std("OwnerId", "reference")), List.of());
    define("Opportunity", List.of(std("Name", "string"), std("Amount", "currency"), std("StageName", "picklist"),
        std("CloseDate", "date"), std("Probability", "percent"), std("OwnerId", "reference"),
        std("AccountId", "reference"), readOnly("CreatedDate", "datetime"),
        readOnly("LastStageChangeDate", "datetime")), List.of(custom("Revbridge_Win_Probability__c", "double"),
        custom("Revbridge_Expected_Value__c", "double"), custom("Revbridge_Forecast_Reasons__c", "textarea"),
        custom("Revbridge_Predictive_Score__c", "double"), custom("Revbridge_Predictive_Factors__c", "textarea")));
    // one row per change of an opportunity's stage, amount, close date or probability; Salesforce writes them
    define("OpportunityHistory", List.of(readOnly("OpportunityId", "reference"), readOnly("StageName", "picklist"),
        readOnly("Amount", "currency"), readOnly("CloseDate", "date"), readOnly("Probability", "percent"),
        readOnly("CreatedDate", "datetime")), List.of());
    define("User", List.of(std("Username", "string"), std("Email", "email"), std("FirstName", "string"),
        std("LastName", "string"), new FieldDef("IsActive", "boolean", false, true),
        new FieldDef("UserType", "picklist", false, false)), List.of());
    define("Task", List.of(std("Subject", "combobox"), std("Description", "textarea"), std("ActivityDate", "date"),
        std("Status", "picklist"), std("Priority", "picklist"), std("OwnerId", "reference"),
        std("WhoId", "reference"), std("WhatId", "reference"), new FieldDef("IsClosed", "boolean", false, false),
        new FieldDef("TaskSubtype", "picklist", false, false), std("Type", "picklist"), std("CallType", "picklist"),
        std("CallDisposition", "string"), new FieldDef("CompletedDateTime", "datetime", false, false),
        new FieldDef("CreatedDate", "datetime", false, false)), List.of());
    define("Event", List.of(std("Subject", "combobox"), std("Description", "textarea"),
        std("StartDateTime", "datetime"), std("EndDateTime", "datetime"), std("ActivityDateTime", "datetime"),
        std("Type", "picklist"), std("OwnerId", "reference"), std("WhoId", "reference"), std("WhatId", "reference"),
        new FieldDef("CreatedDate", "datetime", false, false)), List.of());
  }

  private SfSchema() {}

  private static void define(String object, List<FieldDef> standard, List<FieldDef> custom) {
    List<FieldDef> all = new java.util.ArrayList<>();
    all.add(new FieldDef("Id", "id", false, false));
    all.add(new FieldDef("IsDeleted", "boolean", false, false));
    all.add(new FieldDef("SystemModstamp", "datetime", false, false));
    all.addAll(standard);
    all.addAll(custom);
    OBJECTS.put(object, List.copyOf(all));
  }

  private static List<FieldDef> concat(List<FieldDef> a, List<FieldDef> b) {
    List<FieldDef> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static FieldDef std(String name, String type) {
    return new FieldDef(name, type, false, true);
  }

  /** The fields a hand-off from HubSpot writes (the HubSpot id and the context package), as setup deploys them. */
  private static List<FieldDef> handoff() {
    return List.of(custom("Revbridge_HubSpot_Id__c", "string"), custom("Revbridge_Handoff_Context__c", "textarea"));
  }

  private static FieldDef readOnly(String name, String type) {
    return new FieldDef(name, type, false, false);
  }

  private static FieldDef custom(String name, String type) {
    return new FieldDef(name, type, true, true);
  }

  /** The object's canonical name, or empty when the org has no such object. */
  static Optional<String> object(String name) {
    return OBJECTS.keySet().stream().filter(o -> o.equalsIgnoreCase(name)).findFirst();
  }

  static List<FieldDef> fields(String object) {
    return OBJECTS.get(object);
  }

  /** The field's canonical name on the object, or empty. */
  static Optional<String> field(String object, String name) {
    return OBJECTS.get(object).stream().map(FieldDef::name).filter(f -> f.equalsIgnoreCase(name)).findFirst();
  }
}

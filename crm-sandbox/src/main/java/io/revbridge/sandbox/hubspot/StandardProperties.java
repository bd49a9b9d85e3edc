package io.revbridge.sandbox.hubspot;

import static io.revbridge.sandbox.hubspot.PropertySpec.derived;
import static io.revbridge.sandbox.hubspot.PropertySpec.standard;

import java.util.ArrayList;
import java.util.List;

/**
 * The property definitions a freshly seeded sandbox portal has: HubSpot's standard properties that the
 * dataset uses, plus the custom contact properties a RevOps team created. Revbridge's own properties are
 * deliberately absent: a client must create them through the properties API first, as in a real portal.
 */
final class StandardProperties {
  static final List<String> INDUSTRIES = List.of("COMPUTER_SOFTWARE", "INFORMATION_TECHNOLOGY_AND_SERVICES",
      "FINANCIAL_SERVICES", "MARKETING_AND_ADVERTISING", "TELECOMMUNICATIONS", "HOSPITAL_HEALTH_CARE", "RETAIL",
      "CONSTRUCTION", "HIGHER_EDUCATION", "MECHANICAL_OR_INDUSTRIAL_ENGINEERING", "INTERNET",
      "COMPUTER_NETWORK_SECURITY", "BANKING", "INSURANCE", "LOGISTICS_AND_SUPPLY_CHAIN", "AUTOMOTIVE",
      "FOOD_BEVERAGES", "MANAGEMENT_CONSULTING", "NON_PROFIT_ORGANIZATION_MANAGEMENT", "REAL_ESTATE", "E_LEARNING",
      "PHARMACEUTICALS", "ACCOUNTING", "LEGAL_SERVICES", "HOSPITALITY", "GOVERNMENT_ADMINISTRATION");
  static final List<String> LIFECYCLE_STAGES = List.of("subscriber", "lead", "marketingqualifiedlead",
      "salesqualifiedlead", "opportunity", "customer", "evangelist", "other");
  static final List<String> LEAD_STATUSES = List.of("NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL", "UNQUALIFIED",
      "ATTEMPTED_TO_CONTACT", "CONNECTED", "BAD_TIMING");
  static final List<String> SOURCES = List.of("ORGANIC_SEARCH", "PAID_SEARCH", "EMAIL_MARKETING", "SOCIAL_MEDIA",
      "REFERRALS", "OTHER_CAMPAIGNS", "DIRECT_TRAFFIC", "OFFLINE", "PAID_SOCIAL");
  static final List<String> DEAL_STAGES = List.of("appointmentscheduled", "qualifiedtobuy", "presentationscheduled",
      "decisionmakerboughtin", "contractsent", "closedwon", "closedlost");
  static final List<String> COMPANY_TYPES = List.of("PROSPECT", "PARTNER", "RESELLER", "VENDOR", "OTHER");

  private StandardProperties() {}

  static List<PropertySpec> of(ObjectType type) {
    return switch (type) {
      case CONTACTS -> contacts();
      case COMPANIES -> companies();
      case DEALS -> deals();
      case TASKS -> tasks();
      case CALLS -> calls();
      case EMAILS -> emails();
      case MEETINGS -> meetings();
    };
  }

  private static List<PropertySpec> contacts() {
    String g = "contactinformation";
    List<PropertySpec> p = new ArrayList<>(List.of(
        standard("email", "Email", "string", "text", g),
        standard("firstname", "First Name", "string", "text", g),
        standard("lastname", "Last Name", "string", "text", g),
        standard("jobtitle", "Job Title", "string", "text", g),
        standard("phone", "Phone Number", "string", "phonenumber", g),
        standard("company", "Company Name", "string", "text", g),
        standard("website", "Website URL", "string", "text", g),
        standard("industry", "Industry", "string", "text", g),
        standard("country", "Country/Region", "string", "text", g),
        standard("state", "State/Region", "string", "text", g),
        standard("city", "City", "string", "text", g),
        standard("lifecyclestage", "Lifecycle Stage", "enumeration", "radio", g).withOptions(LIFECYCLE_STAGES),
        standard("hs_lead_status", "Lead Status", "enumeration", "radio", g).withOptions(LEAD_STATUSES),
        standard("hs_analytics_source", "Original Source", "enumeration", "select", "analyticsinformation")
            .withOptions(SOURCES),
        owner(g),
        standard("associatedcompanyid", "Primary Associated Company ID", "number", "number", g),
        standard("hs_analytics_num_page_views", "Number of Pageviews", "number", "number", "analyticsinformation"),
        standard("hs_analytics_num_visits", "Number of Sessions", "number", "number", "analyticsinformation"),
        standard("hs_analytics_first_url", "First Page Seen", "string", "text", "analyticsinformation"),
        standard("hs_analytics_last_url", "Last Page Seen", "string", "text", "analyticsinformation"),
        standard("hs_email_open", "Marketing emails opened", "number", "number", "emailinformation"),
        standard("hs_email_click", "Marketing emails clicked", "number", "number", "emailinformation"),
        standard("hs_email_optout", "Unsubscribed from all email", "bool", "booleancheckbox", "emailinformation")));
    p.addAll(system(g, "createdate", "lastmodifieddate"));
    p.add(derived("hs_lastmodifieddate", "Object last modified date/time", "datetime", "date", g, Derived.MODIFIED));
    String r = "revops_signals";
    p.addAll(List.of(
        bool("pricing_page_visited", "Pricing page visited", r),
        standard("content_downloads", "Content downloads", "number", "number", r).custom("Gated content downloads"),
        bool("webinar_attended", "Webinar attended", r),
        bool("demo_requested", "Demo requested", r),
        bool("trial_signup", "Trial signup", r),
        bool("active_project", "Active project", r),
        bool("budget_cycle", "In budget cycle", r),
        bool("current_solution_expiring", "Current solution expiring", r),
        standard("current_solution", "Current solution", "string", "text", r)
            .custom("Product the company uses today, often a competitor")));
    return p;
  }

  private static List<PropertySpec> companies() {
    String g = "companyinformation";
    List<PropertySpec> p = new ArrayList<>(List.of(
        standard("name", "Company name", "string", "text", g),
        standard("domain", "Company Domain Name", "string", "text", g),
        standard("website", "Website URL", "string", "text", g),
        standard("industry", "Industry", "enumeration", "select", g).withOptions(INDUSTRIES),
        standard("numberofemployees", "Number of Employees", "number", "number", g),
        standard("annualrevenue", "Annual Revenue", "number", "number", g),
        standard("country", "Country/Region", "string", "text", g),
        standard("state", "State/Region", "string", "text", g),
        standard("city", "City", "string", "text", g),
        standard("phone", "Phone Number", "string", "phonenumber", g),
        standard("description", "Description", "string", "textarea", g),
        standard("type", "Type", "enumeration", "select", g).withOptions(COMPANY_TYPES),
        standard("lifecyclestage", "Lifecycle Stage", "enumeration", "radio", g).withOptions(LIFECYCLE_STAGES),
        owner(g)));
    p.addAll(system(g, "createdate", "hs_lastmodifieddate"));
    return p;
  }

  private static List<PropertySpec> deals() {
    String g = "dealinformation";
    List<PropertySpec> p = new ArrayList<>(List.of(
        standard("dealname", "Deal Name", "string", "text", g),
        standard("amount", "Amount", "number", "number", g),
        standard("dealstage", "Deal Stage", "enumeration", "radio", g).withOptions(DEAL_STAGES),
        standard("pipeline", "Pipeline", "enumeration", "select", g).withOptions(List.of("default")),
        standard("closedate", "Close Date", "datetime", "date", g),
        standard("dealtype", "Deal Type", "enumeration", "radio", g)
            .withOptions(List.of("newbusiness", "existingbusiness")),
        standard("description", "Deal Description", "string", "textarea", g),
        owner(g)));
    p.addAll(system(g, "createdate", "hs_lastmodifieddate"));
    return p;
  }

  private static List<PropertySpec> calls() {
    String g = "call";
    return engagement(g, List.of(
        standard("hs_call_title", "Call Title", "string", "text", g),
        standard("hs_call_body", "Call notes", "string", "html", g),
        standard("hs_call_direction", "Call direction", "enumeration", "select", g)
            .withOptions(List.of("INBOUND", "OUTBOUND")),
        standard("hs_call_disposition", "Call outcome", "string", "text", g),
        standard("hs_call_duration", "Call duration", "number", "number", g),
        standard("hs_call_status", "Call status", "enumeration", "select", g)
            .withOptions(List.of("BUSY", "CALLING_CRM_USER", "CANCELED", "COMPLETED", "CONNECTING", "FAILED",
                "IN_PROGRESS", "NO_ANSWER", "QUEUED", "RINGING"))));
  }

  private static List<PropertySpec> emails() {
    String g = "email";
    return engagement(g, List.of(
        standard("hs_email_subject", "Email subject", "string", "text", g),
        standard("hs_email_text", "Email body", "string", "textarea", g),
        standard("hs_email_direction", "Email direction", "enumeration", "select", g)
            .withOptions(List.of("EMAIL", "INCOMING_EMAIL", "FORWARDED_EMAIL")),
        standard("hs_email_status", "Email send status", "enumeration", "select", g)
            .withOptions(List.of("BOUNCED", "FAILED", "SCHEDULED", "SENDING", "SENT"))));
  }

  private static List<PropertySpec> meetings() {
    String g = "meeting";
    return engagement(g, List.of(
        standard("hs_meeting_title", "Meeting name", "string", "text", g),
        standard("hs_meeting_body", "Meeting description", "string", "html", g),
        standard("hs_meeting_start_time", "Start time", "datetime", "date", g),
        standard("hs_meeting_end_time", "End time", "datetime", "date", g),
        standard("hs_meeting_outcome", "Meeting outcome", "enumeration", "select", g)
            .withOptions(List.of("SCHEDULED", "COMPLETED", "RESCHEDULED", "NO_SHOW", "CANCELED"))));
  }

  /** What every engagement has: its time ({@code hs_timestamp}, required on create), owner and system dates. */
  private static List<PropertySpec> engagement(String g, List<PropertySpec> own) {
    List<PropertySpec> p = new ArrayList<>(own);
    p.add(standard("hs_timestamp", "Activity date", "datetime", "date", g));
    p.add(owner(g));
    p.addAll(system(g, "createdate", "hs_lastmodifieddate"));
    p.add(derived("hs_createdate", "Created at", "datetime", "date", g, Derived.CREATED));
    return p;
  }

  private static List<PropertySpec> tasks() {
    String g = "task";
    List<PropertySpec> p = new ArrayList<>(List.of(
        standard("hs_timestamp", "Due date", "datetime", "date", g),
        standard("hs_task_subject", "Task Title", "string", "text", g),
        standard("hs_task_body", "Task Notes", "string", "html", g),
        standard("hs_task_status", "Task Status", "enumeration", "select", g)
            .withOptions(List.of("NOT_STARTED", "IN_PROGRESS", "WAITING", "COMPLETED", "DEFERRED")),
        standard("hs_task_priority", "Priority", "enumeration", "select", g)
            .withOptions(List.of("NONE", "LOW", "MEDIUM", "HIGH")),
        standard("hs_task_type", "Task Type", "enumeration", "select", g)
            .withOptions(List.of("EMAIL", "CALL", "TODO", "LINKED_IN")),
        standard("hs_task_reminders", "Reminders", "string", "text", g),
        owner(g)));
    p.addAll(system(g, "createdate", "hs_lastmodifieddate"));
    p.add(derived("hs_createdate", "Created at", "datetime", "date", g, Derived.CREATED));
    return p;
  }

  private static PropertySpec owner(String group) {
    return standard("hubspot_owner_id", "Owner", "enumeration", "select", group);
  }

  private static PropertySpec bool(String name, String label, String group) {
    return new PropertySpec(name, label, "bool", "booleancheckbox", group, label, List.of("true", "false"),
        List.of("Yes", "No"), false, false, Derived.NONE);
  }

  private static List<PropertySpec> system(String group, String created, String modified) {
    return List.of(
        derived(created, "Create Date", "datetime", "date", group, Derived.CREATED),
        derived(modified, "Last Modified Date", "datetime", "date", group, Derived.MODIFIED),
        derived("hs_object_id", "Record ID", "number", "number", group, Derived.ID));
  }
}

package io.revbridge.hubspot.internal;

import io.revbridge.model.ActivityDirection;
import io.revbridge.model.ActivityType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HubSpot's activity objects (engagements as CRM v3 objects) and how each says what happened: its subject, its
 * time, its direction, its outcome and whether it is done. Every one has {@code hs_timestamp},
 * {@code hubspot_owner_id} and {@code hs_lastmodifieddate}; the rest differs per object.
 */
public enum HubSpotActivityType implements HubSpotSearchable {
  CALLS("calls", ActivityType.CALL, "hs_call_title", "hs_call_status", List.of("hs_call_direction")),
  EMAILS("emails", ActivityType.EMAIL, "hs_email_subject", "hs_email_status", List.of("hs_email_direction")),
  MEETINGS("meetings", ActivityType.MEETING, "hs_meeting_title", "hs_meeting_outcome",
      List.of("hs_meeting_start_time")),
  TASKS("tasks", ActivityType.TASK, "hs_task_subject", "hs_task_status", List.of(HubSpotTaskKeys.PROPERTY));

  static final String TIME = "hs_timestamp";
  static final String OWNER = "hubspot_owner_id";
  /** Emails not (yet) out: scheduled, still sending, or failed. Bounced ones were sent. */
  private static final Set<String> UNSENT = Set.of("SCHEDULED", "SENDING", "FAILED");

  private final String apiName;
  private final ActivityType type;
  private final String subjectProperty;
  private final String outcomeProperty;
  private final List<String> extraProperties;

  HubSpotActivityType(String apiName, ActivityType type, String subjectProperty, String outcomeProperty,
      List<String> extraProperties) {
    this.apiName = apiName;
    this.type = type;
    this.subjectProperty = subjectProperty;
    this.outcomeProperty = outcomeProperty;
    this.extraProperties = extraProperties;
  }

  @Override
  public String apiName() {
    return apiName;
  }

  @Override
  public String modifiedProperty() {
    return "hs_lastmodifieddate";
  }

  ActivityType type() {
    return type;
  }

  /** The properties the feed asks for. */
  Set<String> properties() {
    Set<String> all = new java.util.TreeSet<>(extraProperties);
    all.addAll(List.of(TIME, OWNER, subjectProperty, outcomeProperty, modifiedProperty()));
    return all;
  }

  String subject(Map<String, String> p) {
    return p.get(subjectProperty);
  }

  String outcome(Map<String, String> p) {
    return p.get(outcomeProperty);
  }

  /** A meeting happens at its start time; everything else at {@code hs_timestamp}. */
  String occurredAt(Map<String, String> p) {
    return this == MEETINGS && p.get("hs_meeting_start_time") != null ? p.get("hs_meeting_start_time") : p.get(TIME);
  }

  /** Calls say INBOUND/OUTBOUND; emails EMAIL (sent), FORWARDED_EMAIL or INCOMING_EMAIL (a reply); others nothing. */
  ActivityDirection direction(Map<String, String> p) {
    String value = switch (this) {
      case CALLS -> p.get("hs_call_direction");
      case EMAILS -> p.get("hs_email_direction");
      default -> null;
    };
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.equals("INBOUND") || value.equals("INCOMING_EMAIL") ? ActivityDirection.INBOUND
        : ActivityDirection.OUTBOUND;
  }

  /** A call without a status was logged by hand after it happened; an email is done once sent. */
  boolean completed(Map<String, String> p) {
    String outcome = outcome(p);
    return switch (this) {
      case CALLS -> outcome == null || outcome.equals("COMPLETED");
      case EMAILS -> outcome == null || !UNSENT.contains(outcome);
      case MEETINGS, TASKS -> "COMPLETED".equals(outcome);
    };
  }

  /** Tasks Revbridge creates carry its task key. */
  boolean byRevbridge(Map<String, String> p) {
    String key = p.get(HubSpotTaskKeys.PROPERTY);
    return this == TASKS && key != null && !key.isBlank();
  }

  public static Optional<HubSpotActivityType> byApiName(String name) {
    return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
  }

  static HubSpotActivityType require(String name) {
    return byApiName(name).orElseThrow(() -> new IllegalArgumentException("HubSpot activity object '" + name
        + "' is not read; use one of " + Arrays.stream(values()).map(t -> t.apiName).collect(Collectors.joining(", "))));
  }
}

package io.revbridge.notify;

import io.revbridge.model.Person;
import io.revbridge.routing.RoutingDecision;
import io.revbridge.scoring.LeadScore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The notification a routing rule with {@code notify: true} asks for, when it gives the lead an owner. */
public final class HotLeadNotice {
  public static final String KIND = "hot-lead";

  private HotLeadNotice() {}

  /** @return the queue key and the JSON payload, or empty when the decision asks for no notification */
  public static Optional<Map.Entry<String, String>> of(Person person, LeadScore score, RoutingDecision route,
      String ownerName) {
    return of(person, score, route, ownerName, null);
  }

  /** @param ownerPhone the new owner's mobile number (E.164), texted by the SMS channel; null for none */
  public static Optional<Map.Entry<String, String>> of(Person person, LeadScore score, RoutingDecision route,
      String ownerName, String ownerPhone) {
    if (!route.notifyNow() || !route.changesOwner() || route.ownerId() == null) {
      return Optional.empty();
    }
    String who = Optional.ofNullable(person.firstName()).orElse("") + " " + Optional.ofNullable(person.lastName()).orElse("");
    who = who.isBlank() ? Optional.ofNullable(person.email()).orElse(person.ref().id()) : who.strip();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("owner", ownerName);
    fields.put("score", score.score() + " (" + score.grade() + ")");
    if (route.team() != null) {
      fields.put("team", route.team());
    }
    route.sla().ifPresent(d -> fields.put("first touch within", d.toMinutes() + " min"));
    if (person.companyName() != null) {
      fields.put("company", person.companyName());
    }
    Notification n = new Notification(KIND, person.ref().key(), "Hot lead: " + who, route.shortReason(), fields,
        ownerPhone);
    return Optional.of(Map.entry("notify:" + KIND + ":" + person.ref().key() + ":" + route.ownerId(), JsonPost.json(n)));
  }
}

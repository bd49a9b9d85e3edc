package io.revbridge.handoff;

import io.revbridge.routing.TaskTemplate;
import java.util.List;

/**
 * A recommended talking point for the rep: shown in the context package when its signal holds for the lead.
 *
 * @param when one of {@link #SIGNALS}
 */
public record TalkingPoint(String when, TaskTemplate say) {
  public static final List<String> SIGNALS = List.of("always", "pricingPage", "demoRequested", "trialSignup",
      "webinar", "downloads", "competitor", "decisionMaker", "existingAccount");
  public static final List<String> TOKENS = List.of("first_name", "last_name", "company_name", "industry", "title",
      "competitor", "employees", "account_name");
}

package io.revbridge.config;

import io.revbridge.spi.Secret;
import java.util.Optional;

/** Where notifications go ({@code notifications.*}); both URLs are secrets from the environment. */
public record NotificationsConfig(Optional<Secret> slackWebhookUrl, Optional<Secret> webhookUrl, int maxPerMinute) {
  public static final NotificationsConfig NONE = new NotificationsConfig(Optional.empty(), Optional.empty(), 20);

  public boolean any() {
    return slackWebhookUrl.isPresent() || webhookUrl.isPresent();
  }
}

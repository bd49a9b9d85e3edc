package io.revbridge.config;

import io.revbridge.spi.Secret;
import java.util.Optional;

/**
 * Where notifications go ({@code notifications.*}); both URLs are secrets from the environment.
 *
 * @param sms the SMS service hot leads are texted through, if configured
 */
public record NotificationsConfig(Optional<Secret> slackWebhookUrl, Optional<Secret> webhookUrl, int maxPerMinute,
    Optional<SmsConfig> sms) {
  public static final NotificationsConfig NONE =
      new NotificationsConfig(Optional.empty(), Optional.empty(), 20, Optional.empty());

  public NotificationsConfig(Optional<Secret> slackWebhookUrl, Optional<Secret> webhookUrl, int maxPerMinute) {
    this(slackWebhookUrl, webhookUrl, maxPerMinute, Optional.empty());
  }

  public boolean any() {
    return slackWebhookUrl.isPresent() || webhookUrl.isPresent() || sms.isPresent();
  }

  /** A Twilio-compatible SMS account ({@code notifications.sms.*}); the auth token is a secret. */
  public record SmsConfig(String accountSid, Secret authToken, String from, String baseUrl) {}
}

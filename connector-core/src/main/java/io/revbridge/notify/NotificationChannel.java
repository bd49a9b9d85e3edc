package io.revbridge.notify;

/** Where notifications go: {@link SlackChannel} or {@link WebhookChannel}. */
public interface NotificationChannel {
  /** A short stable name, remembered per notification once delivered ({@code slack}, {@code webhook}). */
  String name();

  /** Delivers one message; blocks for at most the channel's timeout. */
  void send(Notification notification) throws ChannelException;
}

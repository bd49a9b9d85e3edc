package io.revbridge.app;

import io.revbridge.spi.ApiUsage;
import io.revbridge.sync.ConnectionHealth;
import java.util.LinkedHashMap;
import java.util.Map;

/** One connection's health as the admin API and {@code /ready} show it: plain JSON values, no secrets. */
final class HealthJson {
  private HealthJson() {}

  static Map<String, Object> of(ConnectionHealth h) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("connection", h.connection());
    json.put("lastSuccessfulPoll", h.lastSuccessfulPoll().map(Object::toString).orElse(null));
    json.put("inboxBacklog", h.inboxBacklog());
    json.put("outboxBacklog", h.outboxBacklog());
    json.put("openErrors", h.openErrors());
    json.put("paused", h.paused());
    json.put("pausedUntil", h.pausedUntil().map(Object::toString).orElse(null));
    json.put("pausedWhy", h.pausedWhy().orElse(null));
    json.put("usage", usage(h.usage()));
    return json;
  }

  static Map<String, Object> usage(ApiUsage u) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("used", u.used().isPresent() ? u.used().getAsLong() : null);
    json.put("dailyLimit", u.dailyLimit().isPresent() ? u.dailyLimit().getAsLong() : null);
    json.put("throttledUntil", u.throttledUntil().map(Object::toString).orElse(null));
    json.put("note", u.note());
    return json;
  }
}

package io.revbridge.scoring;

import java.util.Objects;

/** What the playbook recommends for a grade: first channel, content to offer, priority. */
public record Recommendation(Channel channel, Content content, Priority priority) {
  public Recommendation {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(priority, "priority");
  }
}

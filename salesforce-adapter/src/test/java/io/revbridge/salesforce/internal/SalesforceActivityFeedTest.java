package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityDirection;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ActivityPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceActivityFeedTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();
  private final SalesforceActivityFeed feed = new SalesforceActivityFeed("sf",
      new SalesforceChangeFeed("sf", server.session(), 2000),
      Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void tasksBecomeCallsEmailsAndTasksWithTheirLeadContactAndOpportunity() {
    server.stub(":queryAll>", "queryall-tasks.xml");

    ActivityPage page = feed.poll("Task", null);

    assertThat(page.activities()).extracting(a -> a.ref().id())
        .containsExactly("00T5g00000CallAAA", "00T5g00000MineAAA", "00T5g00000MailAAA"); // the deleted one is left out
    Activity call = page.activities().get(0);
    assertThat(call.type()).isEqualTo(ActivityType.CALL);
    assertThat(call.direction()).isEqualTo(ActivityDirection.OUTBOUND);
    assertThat(call.outcome()).isEqualTo("Left voicemail");
    assertThat(call.completed()).isTrue();
    assertThat(call.occurredAt()).isEqualTo(Instant.parse("2026-03-04T15:11:00Z"));
    assertThat(call.ownerId()).isEqualTo("0055g00000OwnerAAA");
    assertThat(call.people()).containsExactly(new RecordRef("sf", "Lead", "00Q5g00000AbCdEAAV"));
    assertThat(call.byRevbridge()).isFalse();
    assertThat(page.activities().get(1).byRevbridge()).isTrue();
    Activity email = page.activities().get(2);
    assertThat(email.type()).isEqualTo(ActivityType.EMAIL);
    assertThat(email.direction()).isNull();
    assertThat(email.people()).containsExactly(new RecordRef("sf", "Contact", "0035g00000ContAAA"));
    assertThat(email.deals()).containsExactly(new RecordRef("sf", "Opportunity", "0065g00000OppyAAA"));
    assertThat(page.nextCursor()).isEqualTo("2026-03-04T15:40:00Z|00T5g00000MailAAA");
    String soql = server.soapRequests(":queryAll>").get(0).getBodyAsString();
    assertThat(soql).contains(" FROM Task WHERE SystemModstamp &lt;=").contains("WhoId").contains("TaskSubtype")
        .contains("ORDER BY SystemModstamp ASC, Id ASC");
  }

  @Test
  void onlyTaskAndEventAreRead() {
    assertThat(feed.objectTypes()).containsExactly("Task", "Event");
    assertThatThrownBy(() -> feed.poll("EmailMessage", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Task, Event");
  }

  @Test
  void taskSubtypeWinsOverTheClassicTypePicklist() {
    assertThat(SalesforceActivityFeed.taskType("Call", null)).isEqualTo(ActivityType.CALL);
    assertThat(SalesforceActivityFeed.taskType("Task", "Email")).isEqualTo(ActivityType.EMAIL);
    assertThat(SalesforceActivityFeed.taskType("ListEmail", "Call")).isEqualTo(ActivityType.EMAIL);
    assertThat(SalesforceActivityFeed.taskType(null, "Meeting")).isEqualTo(ActivityType.MEETING);
    assertThat(SalesforceActivityFeed.taskType(null, null)).isEqualTo(ActivityType.TASK);
  }
}

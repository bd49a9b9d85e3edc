package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.revbridge.hubspot.internal.HubSpotTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityDirection;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ActivityPage;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotActivityFeedTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final HubSpotClient client = hubSpot.client();
  final HubSpotAssociations associations = new HubSpotAssociations(client);
  final HubSpotActivityFeed feed = new HubSpotActivityFeed("hs",
      new HubSpotChangeFeed("hs", HubSpotSearch.over(client), null, associations), associations);

  @AfterEach
  void stop() {
    client.close();
    hubSpot.close();
  }

  void noDeals(String object) {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v4/associations/" + object + "/deals/batch/read"))
        .willReturn(aResponse().withStatus(404).withBody(body("error-404-object-not-found.json"))));
  }

  @Test
  void emailsComeWithDirectionOutcomeAndTheirContactsFromOneAssociationReadPerPage() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/emails/search"))
        .willReturn(okJson(body("search-emails-page.json"))));
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v4/associations/emails/contacts/batch/read"))
        .willReturn(aResponse().withStatus(207).withBody(body("associations-emails-contacts-207.json"))));
    noDeals("emails");

    ActivityPage page = feed.poll("emails", null);

    assertThat(page.activities()).hasSize(3);
    Activity sent = page.activities().get(0);
    assertThat(sent.ref()).isEqualTo(new RecordRef("hs", "emails", "7101"));
    assertThat(sent.type()).isEqualTo(ActivityType.EMAIL);
    assertThat(sent.ownerId()).isEqualTo("76299546");
    assertThat(sent.direction()).isEqualTo(ActivityDirection.OUTBOUND);
    assertThat(sent.completed()).isTrue();
    assertThat(sent.occurredAt()).isEqualTo(Instant.parse("2026-03-04T15:08:00Z"));
    assertThat(sent.people()).containsExactly(new RecordRef("hs", "contacts", "100451"));
    Activity reply = page.activities().get(1);
    assertThat(reply.direction()).isEqualTo(ActivityDirection.INBOUND);
    assertThat(reply.people()).extracting(RecordRef::id).containsExactly("100451", "100452");
    Activity scheduled = page.activities().get(2);
    assertThat(scheduled.completed()).isFalse();
    assertThat(scheduled.ownerId()).isNull();
    assertThat(scheduled.people()).isEmpty();
    hubSpot.wireMock.verify(1, postRequestedFor(urlPathEqualTo("/crm/v4/associations/emails/contacts/batch/read"))
        .withRequestBody(equalToJson("{\"inputs\":[{\"id\":\"7101\"},{\"id\":\"7102\"},{\"id\":\"7103\"}]}")));
    // incremental like every object: filtered and sorted on hs_lastmodifieddate, asking for the email properties
    hubSpot.wireMock.verify(postRequestedFor(urlPathEqualTo("/crm/v3/objects/emails/search")).withRequestBody(
        equalToJson("{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"hs_lastmodifieddate\",\"operator\":\"GTE\","
            + "\"value\":\"0\"}]}],\"sorts\":[{\"propertyName\":\"hs_lastmodifieddate\",\"direction\":\"ASCENDING\"}],"
            + "\"properties\":[\"hs_email_direction\",\"hs_email_status\",\"hs_email_subject\",\"hs_lastmodifieddate\","
            + "\"hs_object_id\",\"hs_timestamp\",\"hubspot_owner_id\"]}", true, true)));
    assertThat(HubSpotCursor.decode(page.nextCursor()).ts())
        .isEqualTo(Instant.parse("2026-03-04T16:30:00Z").toEpochMilli());
  }

  @Test
  void tasksCarryingRevbridgesKeyAreFlaggedAndOnlyCompletedOnesAreDone() {
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v3/objects/tasks/search"))
        .willReturn(okJson(body("search-tasks-page.json"))));
    noDeals("tasks");
    hubSpot.wireMock.stubFor(post(urlPathEqualTo("/crm/v4/associations/tasks/contacts/batch/read"))
        .willReturn(aResponse().withStatus(404).withBody(body("error-404-object-not-found.json"))));

    ActivityPage page = feed.poll("tasks", null);

    assertThat(page.activities()).extracting(Activity::byRevbridge, Activity::completed, Activity::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false, "Call back hot lead"),
            org.assertj.core.groups.Tuple.tuple(false, true, "Send pricing"));
  }

  @Test
  void anObjectThatHoldsNoActivitiesIsRefusedByName() {
    assertThat(feed.objectTypes()).containsExactly("calls", "emails", "meetings", "tasks");
    assertThatThrownBy(() -> feed.poll("notes", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'notes'").hasMessageContaining("calls, emails, meetings, tasks");
  }
}

package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceRecordWriterTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void mixedUpdateSucceedsForOneRecordAndFailsTheOtherWithSalesforcesReason() {
    server.stub(":update>", "update-mixed.xml");
    SalesforceRecordWriter writer = new SalesforceRecordWriter("sf", server.session());

    List<WriteResult> results = writer.update("Lead", List.of(
        write("k1", "00Q5g00000AbCdEAAV", Map.of("Revbridge_Score__c", "82", "Revbridge_Grade__c", "")),
        write("k2", "00Q5g00000AbCdFAAV", Map.of("OwnerId", "00G000000000001"))));

    assertThat(results.get(0).succeeded()).isTrue();
    assertThat(results.get(1).error()).hasValueSatisfying(e -> {
      assertThat(e.code()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
      assertThat(e.message()).isEqualTo("Owner ID: id value of incorrect type");
      assertThat(e.fields()).containsExactly("OwnerId");
      assertThat(e.kind()).isEqualTo(ErrorKind.PERMANENT_ITEM);
    });
    String body = server.soapRequests(":update>").get(0).getBodyAsString();
    assertThat(body).contains("<sobj:Revbridge_Score__c xsi:type=\"xsd:string\">82</sobj:Revbridge_Score__c>")
        .contains(">Revbridge_Grade__c</sobj:fieldsToNull>")
        .contains("<sobj:OwnerId xsi:type=\"xsd:string\">00G000000000001</sobj:OwnerId>");
  }

  @Test
  void updatesOfRecordsSalesforceNoLongerHasAreRecordGoneAndTheRestSucceed() {
    server.stub(":update>", "update-gone.xml");
    SalesforceRecordWriter writer = new SalesforceRecordWriter("sf", server.session());

    List<WriteResult> results = writer.update("Lead", List.of(
        write("deleted", "00Q5g00000AbCdEAAV", Map.of("Revbridge_Score__c", "82")),
        write("unknown", "00Q5g00000AbCdFAAV", Map.of("Revbridge_Score__c", "40")),
        write("live", "00Q5g00000AbCdGAAV", Map.of("Revbridge_Score__c", "12"))));

    assertThat(results).extracting(r -> r.error().map(e -> e.kind() + " " + e.code()).orElse("ok")).containsExactly(
        "RECORD_GONE ENTITY_IS_DELETED", "RECORD_GONE INVALID_CROSS_REFERENCE_KEY", "ok");
    assertThat(results.get(0).error().orElseThrow().message()).contains("00Q5g00000AbCdEAAV").contains("entity is deleted");
  }

  @Test
  void twoHundredAndOneWritesGoOutInTwoCallsOfAtMostTwoHundred() {
    server.stub(":update>", "update-mixed.xml");
    SalesforceRecordWriter writer = new SalesforceRecordWriter("sf", server.session());
    List<FieldWrite> writes = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      writes.add(write("k" + i, String.format("00Q5g00000A%04dAAV", i), Map.of("Revbridge_Score__c", "1")));
    }

    List<WriteResult> results = writer.update("Lead", writes);

    assertThat(server.soapRequests(":update>")).hasSize(2);
    assertThat(server.soapRequests(":update>").get(0).getBodyAsString().split("<m:sObjects>", -1)).hasSize(201);
    // the stub answers two results per call: the records it did not answer for are retried, never lost
    assertThat(results).hasSize(201);
    assertThat(results.stream().filter(r -> r.error().map(e -> e.code().equals("NO_RESULT")).orElse(false)))
        .hasSize(198);
  }

  @Test
  void taskIsCreatedWithItsFieldsAboutTheLeadAndAssignedToTheOwner() {
    server.stub(":query>", "query-empty.xml");
    server.stub(":create>", "create-ok.xml");
    SalesforceRecordWriter writer = new SalesforceRecordWriter("sf", server.session());
    TaskSpec task = new TaskSpec("t1", new RecordRef("sf", "Lead", "00Q5g00000AbCdEAAV"), "0055g00000OwnerAAA",
        "Call Ada: hot lead (score 91)", "Pricing page twice this week.", Instant.parse("2026-03-02T17:00:00Z"),
        TaskPriority.HIGH, TaskType.CALL);

    List<WriteResult> results = writer.createTasks(List.of(task));

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.idempotencyKey()).isEqualTo("t1");
      assertThat(r.ref()).contains(new RecordRef("sf", "Task", "00T5g00000XyZaBEAV"));
    });
    String body = server.soapRequests(":create>").get(0).getBodyAsString();
    assertThat(body).contains("<sobj:type xsi:type=\"xsd:string\">Task</sobj:type>")
        .contains(">Call Ada: hot lead (score 91)</sobj:Subject>")
        .containsPattern(">Pricing page twice this week.\\n\\nCreated by Revbridge \\(task [0-9a-f]{12}\\)</sobj:Description>")
        .contains(">2026-03-02</sobj:ActivityDate>")
        .contains(">Not Started</sobj:Status>")
        .contains(">High</sobj:Priority>")
        .contains(">0055g00000OwnerAAA</sobj:OwnerId>")
        .contains(">00Q5g00000AbCdEAAV</sobj:WhoId>")
        .doesNotContain("WhatId");
  }

  @Test
  void retriedTaskThatAlreadyExistsOpenIsNotCreatedTwice() {
    server.stub(":query>", "query-open-task.xml");
    server.stub(":create>", "create-ok.xml");
    SalesforceRecordWriter writer = new SalesforceRecordWriter("sf", server.session());
    TaskSpec task = new TaskSpec("t1", new RecordRef("sf", "Lead", "00Q5g00000AbCdEAAV"), "0055g00000OwnerAAA",
        "Call Ada: hot lead (score 91)", "", Instant.parse("2026-03-02T17:00:00Z"), TaskPriority.HIGH, TaskType.CALL);

    List<WriteResult> results = writer.createTasks(List.of(task));

    assertThat(results).singleElement().satisfies(r ->
        assertThat(r.ref()).contains(new RecordRef("sf", "Task", "00T5g00000OldTaAAA")));
    assertThat(server.soapRequests(":create>")).isEmpty();
    assertThat(server.soapRequests(":query>").get(0).getBodyAsString())
        .contains("FROM Task WHERE IsClosed = false AND Subject IN ('Call Ada: hot lead (score 91)')")
        .contains("WhoId IN ('00Q5g00000AbCdEAAV')");
  }

  @Test
  void taskAboutAnOpportunityGoesToWhatId() {
    TaskSpec task = new TaskSpec("t2", new RecordRef("sf", "Opportunity", "0065g00000AbCdEAAV"), null, "Follow up",
        null, null, TaskPriority.LOW, TaskType.TODO);

    var o = SalesforceRecordWriter.toTask(task);

    assertThat(o.getField("WhatId")).isEqualTo("0065g00000AbCdEAAV");
    assertThat(o.getField("WhoId")).isNull();
    assertThat(o.getField("Priority")).isEqualTo("Low");
  }

  private static FieldWrite write(String key, String id, Map<String, String> values) {
    return new FieldWrite(key, new RecordRef("sf", "Lead", id), values);
  }
}

package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundRenderingTest {
  private final ObjectMapping contacts = MappingLoader.load(MappingSource.of("test", List.of(
      new MappingFile("hubspot/contacts.yaml", "hubspot/contacts.yaml", """
          crm: hubspot
          object: contacts
          canonical: person
          fields:
            - crm: email
              canonical: email
            - crm: score
              canonical: leadScore.score
              direction: outbound
              owned: true
              type: number
            - crm: grade
              canonical: leadScore.grade
              direction: outbound
              owned: true
              type: string
              transforms: [lower]
            - crm: reasons
              canonical: leadScore.reasons
              direction: outbound
              owned: true
              type: textarea
              transforms: [{truncate: 10}]
            - crm: scored_at
              canonical: leadScore.scoredAt
              direction: outbound
              owned: true
              type: datetime
            - crm: owner
              canonical: routing.ownerId
              direction: outbound
              transforms: [{default: "0"}]
          """)))).all().get(0);

  private Map<String, String> render(Object score, Object scoredAt) {
    Map<String, Object> results = new HashMap<>();
    results.put("leadScore.score", score);
    results.put("leadScore.scoredAt", scoredAt);
    return contacts.outbound(results);
  }

  @Test
  void numbersAreWrittenPlain() {
    assertThat(render(82, null)).containsEntry("score", "82");
    assertThat(render(new BigDecimal("82.50"), null)).containsEntry("score", "82.5");
    assertThat(render(1.0E7, null)).containsEntry("score", "10000000");
    assertThat(render(new BigDecimal("1E+2"), null)).containsEntry("score", "100");
  }

  @Test
  void instantsAreWrittenAsIsoUtc() {
    assertThat(render(null, Instant.parse("2026-03-02T09:16:00.120Z"))).containsEntry("scored_at", "2026-03-02T09:16:00.120Z");
    assertThat(render(null, OffsetDateTime.parse("2026-03-02T11:16:00+02:00"))).containsEntry("scored_at", "2026-03-02T09:16:00Z");
  }

  @Test
  void missingResultsAreLeftOutUnlessATransformSuppliesOne() {
    assertThat(render(null, null)).containsOnly(Map.entry("owner", "0"));
  }

  @Test
  void transformsApplyToTheTextAndTruncationCutsToTheLimit() {
    Map<String, String> values = contacts.outbound(Map.of("leadScore.grade", "WARM", "leadScore.reasons", "Score 64 (WARM)\n..."));

    assertThat(values).containsEntry("grade", "warm").containsEntry("reasons", "Score 64 (");
  }

  @Test
  void truncationNeverSplitsACharacterInTwo() {
    String reasons = "Score 10 \uD83D\uDD25 hot";

    assertThat(contacts.outbound(Map.of("leadScore.reasons", reasons)).get("reasons")).isEqualTo("Score 10 ");
  }

  @Test
  void ownedFieldWithoutLabelGetsOneFromItsName() {
    assertThat(contacts.ownedFields()).contains(new FieldSpec("contacts", "reasons", "Reasons", FieldType.TEXTAREA,
        "Written by Revbridge: why the lead got its score, one line per category."));
  }
}

package io.revbridge.enrichment.matching;

import static io.revbridge.enrichment.matching.Records.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
  private final DuplicateFinder finder = new DuplicateFinder(DuplicateFinder.DEFAULT_NAME_THRESHOLD);

  private static RecordRef ref(String id) {
    return new RecordRef("hubspot", "contacts", id);
  }

  @Test
  void theSameEmailInAnotherCaseIsADuplicate() {
    List<MergeSuggestion> found = finder.find(List.of(
        person("1", "Jane", "Doe", "Jane.Doe@Acme.com", null, "Acme"),
        person("2", "J.", "Doe", " jane.doe@acme.com", null, null),
        person("3", "Jane", "Roe", "jane.roe@acme.com", null, null)));

    assertThat(found).containsExactly(new MergeSuggestion(ref("1"), ref("2"),
        List.of(new DuplicateEvidence(EvidenceKind.SAME_EMAIL, "jane.doe@acme.com", 1.0))));
  }

  @Test
  void theSamePhoneWrittenTwoWaysIsADuplicate() {
    List<MergeSuggestion> found = finder.find(List.of(
        person("1", "Max", "Muster", null, "+49 30 1234567", null),
        person("2", "Erika", "Muster", null, "030 / 123 45 67 ext. 9", null),
        person("3", "Otto", "Normal", null, "12345", null)));

    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.second()).isEqualTo(ref("2"));
      assertThat(s.evidence()).extracting(DuplicateEvidence::kind).containsExactly(EvidenceKind.SAME_PHONE);
    });
  }

  @Test
  void similarNamesAtTheSameCompanyAreADuplicateWithTheirSimilarity() {
    List<MergeSuggestion> found = finder.find(List.of(
        person("1", "Jon", "Smith", null, null, "Acme, Inc."),
        person("2", "John", "Smith", null, null, "ACME"),
        person("3", "John", "Smith", null, null, "Globex"),
        person("4", "Joan", "Smyth-Jones", null, null, "Acme")));

    assertThat(found).singleElement().satisfies(s -> {
      assertThat(List.of(s.first(), s.second())).containsExactly(ref("1"), ref("2"));
      DuplicateEvidence evidence = s.evidence().get(0);
      assertThat(evidence.kind()).isEqualTo(EvidenceKind.SIMILAR_NAME_SAME_COMPANY);
      assertThat(evidence.detail()).isEqualTo("jon smith ~ john smith at Acme, Inc.");
      assertThat(evidence.similarity()).isBetween(0.92, 1.0);
    });
  }

  @Test
  void theNameThresholdIsConfigurable() {
    List<Person> persons = List.of(person("1", "Jon", "Smith", null, null, "Acme"),
        person("2", "John", "Smith", null, null, "Acme"));

    assertThat(new DuplicateFinder(0.99).find(persons)).isEmpty();
    assertThat(new DuplicateFinder(0.9).find(persons)).hasSize(1);
  }

  @Test
  void allEvidenceOfOnePairIsReportedTogether() {
    List<MergeSuggestion> found = finder.find(List.of(
        person("1", "Jane", "Doe", "jane@acme.com", "+1 555 010 2000", "Acme"),
        person("2", "Jane", "Doe", "jane@acme.com", "(555) 010-2000", "Acme")));

    assertThat(found).singleElement().satisfies(s -> assertThat(s.evidence()).extracting(DuplicateEvidence::kind)
        .containsExactly(EvidenceKind.SAME_EMAIL, EvidenceKind.SAME_PHONE, EvidenceKind.SIMILAR_NAME_SAME_COMPANY));
  }

  @Test
  void personsOfDifferentConnectionsAreNeverPaired() {
    List<MergeSuggestion> found = finder.find(List.of(
        person("hubspot", "1", "Jane", "Doe", "jane@acme.com", null, null, null, null),
        person("salesforce", "1", "Jane", "Doe", "jane@acme.com", null, null, null, null)));

    assertThat(found).isEmpty();
  }

  @Test
  void jaroWinklerGivesTheTextbookValues() {
    assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
    assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, org.assertj.core.data.Offset.offset(0.001));
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    assertThat(JaroWinkler.similarity("same", "same")).isEqualTo(1.0);
  }
}

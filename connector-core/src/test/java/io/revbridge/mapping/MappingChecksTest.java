package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks the full transform set and owned outbound fields brought: each names line, key and fix. */
class MappingChecksTest {
  private static final String HEADER = """
      crm: hubspot
      object: contacts
      canonical: person
      fields:
      """;

  private static List<MappingProblem> problems(String fields) {
    MappingException e = catchThrowableOfType(MappingException.class, () -> MappingLoader.load(MappingSource.of("test",
        List.of(new MappingFile("hubspot/contacts.yaml", "mappings/hubspot/contacts.yaml", HEADER + fields)))));
    assertThat(e).as("expected the file to be refused").isNotNull();
    return e.problems();
  }

  private static MappingProblem onlyProblem(String fields) {
    List<MappingProblem> problems = problems(fields);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void numberIntoATextFieldIsATypeMismatch() {
    MappingProblem problem = onlyProblem("""
          - crm: jobtitle
            canonical: title
            transforms: [trim, number]
        """);

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.key()).isEqualTo("fields[0].transforms[1]");
    assertThat(problem.message()).isEqualTo("`number` hands on a decimal number, but `title` holds text");
    assertThat(problem.fix()).isEqualTo("remove `number`, or map to a field that holds a decimal number");
  }

  @Test
  void booleanIntoACountAndAListWithoutJoinAreMismatches() {
    List<MappingProblem> problems = problems("""
          - crm: content_downloads
            canonical: intent.downloads
            transforms: [boolean]
          - crm: hs_buying_role
            canonical: title
            transforms: [{split: ";"}]
        """);

    assertThat(problems).extracting(MappingProblem::message).containsExactly(
        "`boolean` hands on true or false, but `intent.downloads` holds a whole number",
        "`split` hands on a list, but `title` holds text");
    assertThat(problems.get(1).fix()).isEqualTo("add {join: \", \"} after it, or map to another field");
  }

  @Test
  void textStepsAfterATypedStepMakeTheChainTextAgain() {
    MappingLoader.load(MappingSource.of("test", List.of(new MappingFile("hubspot/contacts.yaml", "x", HEADER + """
          - crm: hs_analytics_num_visits
            canonical: title
            transforms: [integer, trim]
        """))));
  }

  @Test
  void canonicalFieldWithTheRecordNameSuggestsTheRightSpelling() {
    MappingProblem problem = onlyProblem("""
          - crm: jobtitle
            canonical: person.titel
        """);

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.message()).isEqualTo("canonical field `person.titel` does not exist — did you mean `person.title`?");
    assertThat(problem.fix()).endsWith("already gives: canonical: title");
  }

  @Test
  void outboundEntryToAFieldRevbridgeDoesNotOwnIsRefused() {
    MappingProblem problem = onlyProblem("""
          - crm: lifecyclestage
            canonical: leadScore.grade
            direction: outbound
        """);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.key()).isEqualTo("fields[0].crm");
    assertThat(problem.message()).isEqualTo("Revbridge does not own `lifecyclestage`: it writes only fields it owns"
        + " (`owned: true`), and the owner chosen by routing (`routing.ownerId`)");
    assertThat(problem.fix()).contains("add `owned: true`").contains("revbridge_lifecyclestage");
  }

  @Test
  void theOwnerChosenByRoutingMayGoToTheCrmsOwnOwnerField() {
    MappingLoader.load(MappingSource.of("test", List.of(new MappingFile("hubspot/contacts.yaml", "x", HEADER + """
          - crm: hubspot_owner_id
            canonical: routing.ownerId
            direction: outbound
        """))));
  }

  @Test
  void enumerationNeedsOptionsThatCoverEveryGrade() {
    List<MappingProblem> missing = problems("""
          - crm: revbridge_grade
            canonical: leadScore.grade
            direction: outbound
            owned: true
            type: enumeration
        """);
    MappingProblem partial = onlyProblem("""
          - crm: revbridge_grade
            canonical: leadScore.grade
            direction: outbound
            owned: true
            type: enumeration
            options: [HOT, WARM]
        """);

    assertThat(missing).extracting(MappingProblem::key, MappingProblem::message).contains(
        org.assertj.core.groups.Tuple.tuple("fields[0].options", "an enumeration field needs `options`, the values it may hold"));
    assertThat(partial.line()).isEqualTo(10);
    assertThat(partial.message()).isEqualTo("`options` lacks COLD, UNQUALIFIED, which leadScore.grade can be; the CRM would refuse it");
  }

  @Test
  void optionsOnlyApplyToEnumerations() {
    MappingProblem problem = onlyProblem("""
          - crm: revbridge_grade
            canonical: leadScore.grade
            direction: outbound
            owned: true
            type: string
            options: [HOT]
        """);

    assertThat(problem.key()).isEqualTo("fields[0].options");
    assertThat(problem.message()).isEqualTo("`options` only applies to `type: enumeration`");
  }

  @Test
  void ownedFieldTypeMustHoldItsResult() {
    MappingProblem problem = onlyProblem("""
          - crm: revbridge_score_reasons
            canonical: leadScore.reasons
            direction: outbound
            owned: true
            type: number
        """);

    assertThat(problem.key()).isEqualTo("fields[0].type");
    assertThat(problem.message()).isEqualTo("a number field cannot hold why the lead got its score, one line per category");
    assertThat(problem.fix()).isEqualTo("use one of: string, textarea");
  }

  @Test
  void badTransformArgumentsAreReportedWithTheirUsage() {
    List<MappingProblem> problems = problems("""
          - crm: phone
            canonical: phone
            transforms: [{regex: "ext(\\\\d+"}]
          - crm: hs_lead_status
            canonical: leadStatus
            transforms: [{map: {default: other}}]
          - crm: demo
            canonical: intent.demoRequested
            transforms: [{boolean: {true: [Ja, X], false: [x]}}]
          - crm: closedate
            canonical: source
            transforms: [{date: "yyyy-MM-dd QQQQQQ"}]
          - crm: notes
            canonical: currentSolution
            transforms: [{split: ""}]
        """);

    assertThat(problems).extracting(MappingProblem::key).containsExactly("fields[0].transforms[0]",
        "fields[1].transforms[0]", "fields[2].transforms[0]", "fields[3].transforms[0]", "fields[4].transforms[0]");
    assertThat(problems.get(0).message()).startsWith("`ext(\\d+` is not a valid regular expression: Unclosed group");
    assertThat(problems.get(1).message()).isEqualTo("`map` needs `values`, the CRM values and what each becomes");
    assertThat(problems.get(1).fix()).isEqualTo("write it as {map: {values: {closedwon: WON, closedlost: LOST}, default: OPEN}}");
    assertThat(problems.get(2).message()).isEqualTo("`boolean` lists [x] as both true and false");
    assertThat(problems.get(3).message()).startsWith("`yyyy-MM-dd QQQQQQ` is not a valid date format");
    assertThat(problems.get(4).message()).isEqualTo("`split` needs a separator, e.g. {split: \";\"}");
  }

  @Test
  void outboundEntryNamesOneCrmField() {
    MappingProblem problem = onlyProblem("""
          - crm: [revbridge_score, score2]
            canonical: leadScore.score
            direction: outbound
            owned: true
            type: number
        """);

    assertThat(problem.key()).isEqualTo("fields[0].crm");
    assertThat(problem.message()).isEqualTo("an outbound field writes one CRM field, not 2");
  }
}

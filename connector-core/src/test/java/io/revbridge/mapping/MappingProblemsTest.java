package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingProblemsTest {
  private static final String HEADER = """
      crm: hubspot
      object: contacts
      canonical: person
      fields:
      """;

  private static List<MappingProblem> problems(MappingFile... files) {
    MappingException e = catchThrowableOfType(MappingException.class,
        () -> MappingLoader.load(MappingSource.of("test", List.of(files))));
    assertThat(e).as("expected the files to be refused").isNotNull();
    return e.problems();
  }

  private static MappingProblem onlyProblem(String fields) {
    List<MappingProblem> problems = problems(contacts(HEADER + fields));
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static MappingFile contacts(String yaml) {
    return new MappingFile("hubspot/contacts.yaml", "mappings/hubspot/contacts.yaml", yaml);
  }

  @Test
  void unknownTransformNamesTheClosestOneAndWhereItIs() {
    MappingProblem problem = onlyProblem("""
          - crm: email
            canonical: email
            transforms: [trim, lowercase]
        """);

    assertThat(problem.file()).isEqualTo("mappings/hubspot/contacts.yaml");
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.column()).isEqualTo(24);
    assertThat(problem.key()).isEqualTo("fields[0].transforms[1]");
    assertThat(problem.message()).isEqualTo("unknown transform `lowercase` — did you mean `lower`?");
    assertThat(problem.fix()).startsWith("use one of: trim, lower, upper");
  }

  @Test
  void misspeltKeyIsReportedWithTheKeyItProbablyMeant() {
    MappingProblem problem = onlyProblem("""
          - crm: email
            canonical: email
            transform: [trim]
        """);

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.key()).isEqualTo("fields[0].transform");
    assertThat(problem.message()).isEqualTo("unknown key `transform` — did you mean `transforms`?");
  }

  @Test
  void missingTopLevelKeyIsReportedAtTheStartOfTheFile() {
    List<MappingProblem> problems = problems(contacts("""
        crm: hubspot
        object: contacts
        fields:
          - crm: email
            canonical: email
        """));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.key()).isEqualTo("canonical");
      assertThat(p.message()).isEqualTo("missing required key `canonical`");
      assertThat(p.fix()).isEqualTo("add canonical: person");
    });
  }

  @Test
  void unknownDirectionSuggestsTheRightWord() {
    MappingProblem problem = onlyProblem("""
          - crm: revbridge_score
            canonical: leadScore.score
            direction: outgoing
        """);

    assertThat(problem.key()).isEqualTo("fields[0].direction");
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message()).isEqualTo("unknown direction `outgoing` — did you mean `outbound`?");
    assertThat(problem.fix()).isEqualTo("use one of: inbound, outbound, both");
  }

  @Test
  void unknownCanonicalTargetSuggestsTheModelField() {
    MappingProblem problem = onlyProblem("""
          - crm: hs_analytics_num_page_views
            canonical: intent.pageview
        """);

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.key()).isEqualTo("fields[0].canonical");
    assertThat(problem.message()).isEqualTo("unknown canonical target `intent.pageview` for person — did you mean `intent.pageViews`?");
    assertThat(problem.fix()).contains("intent.pageViews", "timing.activeProject", "companyRef");
  }

  @Test
  void refAndModifiedAtAreFilledByTheEngineNotMapped() {
    MappingProblem problem = onlyProblem("""
          - crm: lastmodifieddate
            canonical: modifiedAt
        """);

    assertThat(problem.message()).isEqualTo("`modifiedAt` is set from the CRM record itself, not mapped");
  }

  @Test
  void resultWithoutOutboundDirectionIsExplained() {
    MappingProblem problem = onlyProblem("""
          - crm: revbridge_score
            canonical: leadScore.score
        """);

    assertThat(problem.message()).contains("is a Revbridge result");
    assertThat(problem.fix()).isEqualTo("add `direction: outbound`");
  }

  @Test
  void unknownOutboundSourceSuggestsTheResult() {
    MappingProblem problem = onlyProblem("""
          - crm: revbridge_score
            canonical: leadScore.scor
            direction: outbound
        """);

    assertThat(problem.message()).isEqualTo("unknown outbound source `leadScore.scor` — did you mean `leadScore.score`?");
    assertThat(problem.fix()).isEqualTo(
        "use one of: leadScore.score, leadScore.grade, leadScore.reasons, leadScore.scoredAt, routing.ownerId, "
            + "routing.reason, enrichment.summary, mql.score, mql.qualified, forecast.probability, "
            + "forecast.expectedValue, forecast.reasons, predictive.score, predictive.factors");
  }

  @Test
  void badTransformArgumentShowsHowToWriteIt() {
    MappingProblem problem = onlyProblem("""
          - crm: revbridge_score_reasons
            canonical: leadScore.reasons
            direction: outbound
            owned: true
            type: textarea
            transforms: [{truncate: lots}]
        """);

    assertThat(problem.key()).isEqualTo("fields[0].transforms[0]");
    assertThat(problem.line()).isEqualTo(10);
    assertThat(problem.message()).isEqualTo("`truncate` needs a whole number of characters, not `lots`");
    assertThat(problem.fix()).isEqualTo("write it as {truncate: 65000}");
  }

  @Test
  void transformsWrittenWithOrWithoutAnArgumentWronglyAreEachReported() {
    List<MappingProblem> problems = problems(contacts(HEADER + """
          - crm: email
            canonical: email
            transforms: [truncate, {trim: both}, {ref: companies, lower: x}]
        """));

    assertThat(problems).extracting(MappingProblem::key, MappingProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("fields[0].transforms[0]", "`truncate` needs an argument"),
        org.assertj.core.groups.Tuple.tuple("fields[0].transforms[1]", "`trim` takes no argument"),
        org.assertj.core.groups.Tuple.tuple("fields[0].transforms[2]",
            "a transform is a name (trim) or a map with one key ({truncate: 65000}), not a map with several keys"));
  }

  @Test
  void secondMappingOfTheSameTargetPointsAtTheFirst() {
    MappingProblem problem = onlyProblem("""
          - crm: email
            canonical: email
          - crm: hs_email_address
            canonical: email
        """);

    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.message()).isEqualTo("`email` is already mapped on line 6");
  }

  @Test
  void sameCrmFieldWrittenTwiceIsRefused() {
    MappingProblem problem = onlyProblem("""
          - crm: hubspot_owner_id
            canonical: routing.ownerId
            direction: outbound
          - crm: hubspot_owner_id
            canonical: routing.ownerId
            direction: outbound
        """);

    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.message()).isEqualTo("CRM field `hubspot_owner_id` is already written on line 5");
  }

  @Test
  void ownedFieldWithoutTypeCannotBeCreated() {
    MappingProblem problem = onlyProblem("""
          - crm: revbridge_score
            canonical: leadScore.score
            direction: outbound
            owned: true
        """);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.key()).isEqualTo("fields[0].type");
    assertThat(problem.message()).isEqualTo("an owned field needs `type` so Revbridge can create it");
    assertThat(problem.fix()).isEqualTo("add `type:` with one of: string, textarea, number, datetime, enumeration");
  }

  @Test
  void typeOnAFieldRevbridgeDoesNotOwnIsRefused() {
    MappingProblem problem = onlyProblem("""
          - crm: hubspot_owner_id
            canonical: routing.ownerId
            direction: outbound
            type: string
        """);

    assertThat(problem.key()).isEqualTo("fields[0].type");
    assertThat(problem.fix()).isEqualTo("add `owned: true`, or remove it");
  }

  @Test
  void recordReferenceWithoutRefTransformIsRefused() {
    MappingProblem problem = onlyProblem("""
          - crm: associatedcompanyid
            canonical: companyRef
        """);

    assertThat(problem.message()).isEqualTo("`companyRef` holds a reference to another record, not an id");
    assertThat(problem.fix()).contains("{ref: companies}");
  }

  @Test
  void inboundFieldNeedsACrmFieldOrAConstant() {
    MappingProblem problem = onlyProblem("""
          - canonical: kind
        """);

    assertThat(problem.key()).isEqualTo("fields[0].crm");
    assertThat(problem.fix()).contains("{constant: VALUE}");
  }

  @Test
  void fileWhoseKeysDisagreeWithItsPlaceIsRefused() {
    List<MappingProblem> problems = problems(new MappingFile("hubspot/contacts.yaml", "hubspot/contacts.yaml", """
        crm: salesforce
        object: contacts
        canonical: person
        fields:
          - crm: email
            canonical: email
        """));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.key()).isEqualTo("crm");
      assertThat(p.message()).isEqualTo("the file is in folder `hubspot/` but says crm: salesforce");
      assertThat(p.fix()).isEqualTo("move it to salesforce/contacts.yaml, or write crm: hubspot");
    });
  }

  @Test
  void unknownCanonicalRecordIsSuggested() {
    List<MappingProblem> problems = problems(contacts("""
        crm: hubspot
        object: contacts
        canonical: persons
        fields:
          - crm: email
            canonical: email
        """));

    assertThat(problems).singleElement().extracting(MappingProblem::message)
        .isEqualTo("unknown canonical record `persons` — did you mean `person`?");
  }

  @Test
  void brokenYamlIsReportedWithTheParsersPosition() {
    MappingProblem problem = onlyProblem("""
          - crm: email
            canonical: [email
        """);

    assertThat(problem.message()).startsWith("invalid YAML");
    assertThat(problem.line()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void repeatedKeyIsReportedRatherThanSilentlyOverwritten() {
    MappingProblem problem = onlyProblem("""
          - crm: email
            canonical: email
            crm: work_email
        """);

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message()).isEqualTo("`crm` appears twice in the same map (first on line 5)");
  }

  @Test
  void bothDirectionsNeedANameThatIsATargetAndAResult() {
    MappingProblem problem = onlyProblem("""
          - crm: hubspot_owner_id
            canonical: ownerId
            direction: both
        """);

    assertThat(problem.message()).isEqualTo(
        "`ownerId` is a canonical field; outbound fields write Revbridge's results — did you mean `routing.ownerId`?");
  }

  @Test
  void yamlAliasesAreRefusedRatherThanMisread() {
    MappingProblem problem = onlyProblem("""
          - crm: &field email
            canonical: email
          - crm: *field
            canonical: title
        """);

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message()).startsWith("YAML aliases (`*name`) are not supported");
  }

  @Test
  void emptyFileIsReported() {
    assertThat(problems(contacts(""))).singleElement().extracting(MappingProblem::message).isEqualTo("the file is empty");
  }

  @Test
  void everyProblemOfEveryFileIsReportedTogether() {
    MappingFile contacts = contacts(HEADER + """
          - crm: email
            canonical: emial
          - crm: jobtitle
            canonical: title
            transforms: [trimm]
        """);
    MappingFile companies = new MappingFile("hubspot/companies.yaml", "mappings/hubspot/companies.yaml", """
        crm: hubspot
        object: companies
        canonical: company
        fields:
          - crm: numberofemployees
            canonical: employees
            direction: sideways
        """);

    MappingException e = catchThrowableOfType(MappingException.class,
        () -> MappingLoader.load(MappingSource.of("test", List.of(contacts, companies))));

    assertThat(e.problems()).extracting(MappingProblem::file, MappingProblem::line, MappingProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("mappings/hubspot/contacts.yaml", 6,
            "unknown canonical target `emial` for person — did you mean `email`?"),
        org.assertj.core.groups.Tuple.tuple("mappings/hubspot/contacts.yaml", 9,
            "unknown transform `trimm` — did you mean `trim`?"),
        org.assertj.core.groups.Tuple.tuple("mappings/hubspot/companies.yaml", 7,
            "unknown direction `sideways`"));
    assertThat(e.getMessage()).startsWith("3 problems in the mapping files:\n")
        .contains("mappings/hubspot/contacts.yaml:6:16: fields[0].canonical: unknown canonical target `emial`");
  }

  @Test
  void missingFolderIsAProblemNotACrash() {
    assertThatThrownBy(() -> MappingLoader.load(MappingSource.folder(Path.of("no-such-mappings-folder"))))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("no-such-mappings-folder: cannot read mapping files");
  }
}

package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.revbridge.model.Person;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code any} and {@code max}: transforms that see every CRM field listed in {@code crm}, not only the first. */
class CombiningTransformsTest {
  private static final String HEADER = "crm: hubspot\nobject: contacts\ncanonical: person\nfields:\n";

  private static ObjectMapping person(String fields) {
    return MappingLoader.load(MappingSource.of("test",
        List.of(new MappingFile("hubspot/contacts.yaml", "mappings/hubspot/contacts.yaml", HEADER + fields))))
        .all().get(0);
  }

  private static Person map(ObjectMapping mapping, Map<String, String> fields) {
    return mapping.toPerson(CrmRecords.record("contacts", "501", fields));
  }

  private static MappingProblem onlyProblem(String fields) {
    MappingException e = catchThrowableOfType(MappingException.class, () -> person(fields));
    assertThat(e).as("expected the file to be refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void anyContainsLooksAtEveryListedFieldIgnoringCase() {
    ObjectMapping mapping = person("""
          - crm: [hs_analytics_first_url, hs_analytics_last_url]
            canonical: intent.pricingPageVisited
            transforms: [{any: {contains: /pricing}}]
        """);

    assertThat(map(mapping, Map.of("hs_analytics_first_url", "https://x.test/",
        "hs_analytics_last_url", "https://x.test/PRICING?plan=team")).intent().pricingPageVisited()).isTrue();
    assertThat(map(mapping, Map.of("hs_analytics_first_url", "https://x.test/pricing",
        "hs_analytics_last_url", "https://x.test/docs")).intent().pricingPageVisited()).isTrue();
    assertThat(map(mapping, Map.of("hs_analytics_first_url", "https://x.test/",
        "hs_analytics_last_url", "https://x.test/docs")).intent().pricingPageVisited()).isFalse();
    assertThat(map(mapping, Map.of()).intent().pricingPageVisited()).isFalse();
  }

  @Test
  void anyComparesNumbersAndTellsABadNumberApartForThatRecordOnly() {
    ObjectMapping mapping = person("""
          - crm: [hs_email_open, hs_email_click]
            canonical: intent.webinarAttended
            transforms: [{any: {greater_than: 0}}]
          - crm: [a, b]
            canonical: intent.demoRequested
            transforms: [{any: {at_least: 2.5}}]
        """);

    assertThat(map(mapping, Map.of("hs_email_open", "0", "hs_email_click", "1")).intent().webinarAttended()).isTrue();
    assertThat(map(mapping, Map.of("hs_email_open", "0", "hs_email_click", "0")).intent().webinarAttended()).isFalse();
    assertThat(map(mapping, Map.of("a", "2.5")).intent().demoRequested()).isTrue();
    assertThat(map(mapping, Map.of("a", "2", "b", "1")).intent().demoRequested()).isFalse();
    assertThatThrownBy(() -> map(mapping, Map.of("hs_email_open", "lots")))
        .isInstanceOf(RecordMappingException.class)
        .hasMessageContaining("hs_email_open and hs_email_click = `lots`")
        .hasMessageContaining("`lots` is not a number");
  }

  @Test
  void anyEqualsAndMatches() {
    ObjectMapping mapping = person("""
          - crm: [source_a, source_b]
            canonical: intent.trialSignup
            transforms: [{any: {equals: Trial}}]
          - crm: [page_a, page_b]
            canonical: intent.demoRequested
            transforms: [{any: {matches: "/demo(/|$)"}}]
        """);

    Person person = map(mapping, Map.of("source_a", "web", "source_b", " trial ", "page_b", "https://x.test/demo"));
    assertThat(person.intent().trialSignup()).isTrue();
    assertThat(person.intent().demoRequested()).isTrue();
    assertThat(map(mapping, Map.of("source_a", "trials", "page_a", "https://x.test/demos")).intent())
        .extracting(i -> i.trialSignup(), i -> i.demoRequested()).containsExactly(false, false);
  }

  @Test
  void maxTakesTheLargestWholeNumberOfTheListedFields() {
    ObjectMapping mapping = person("""
          - crm: [hs_email_open, hs_email_click]
            canonical: intent.emailEngagements
            transforms: [max]
        """);

    assertThat(map(mapping, Map.of("hs_email_open", "0", "hs_email_click", "3")).intent().emailEngagements()).isEqualTo(3);
    assertThat(map(mapping, Map.of("hs_email_open", "7.0", "hs_email_click", "3")).intent().emailEngagements())
        .isEqualTo(7);
    assertThat(map(mapping, Map.of("hs_email_click", "4")).intent().emailEngagements()).isEqualTo(4);
    assertThat(map(mapping, Map.of()).intent().emailEngagements()).isZero();
    assertThatThrownBy(() -> map(mapping, Map.of("hs_email_open", "2", "hs_email_click", "1.5")))
        .isInstanceOf(RecordMappingException.class).hasMessageContaining("`1.5` is not a whole number");
  }

  @Test
  void aCombiningTransformMustComeFirst() {
    MappingProblem problem = onlyProblem("""
          - crm: [hs_analytics_first_url, hs_analytics_last_url]
            canonical: intent.pricingPageVisited
            transforms: [trim, {any: {contains: /pricing}}]
        """);

    assertThat(problem.file()).isEqualTo("mappings/hubspot/contacts.yaml");
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.key()).isEqualTo("fields[0].transforms[1]");
    assertThat(problem.message()).contains("`any` combines the CRM fields listed in `crm`, so it must be the first");
    assertThat(problem.fix()).contains("move it to the front");
  }

  @Test
  void anyWithAnUnknownConditionNamesTheKnownOnes() {
    MappingProblem problem = onlyProblem("""
          - crm: [a, b]
            canonical: intent.pricingPageVisited
            transforms: [{any: {containz: /pricing}}]
        """);

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.key()).isEqualTo("fields[0].transforms[0]");
    assertThat(problem.message())
        .isEqualTo("unknown condition `containz` for `any` (use one of: contains, equals, matches, greater_than, at_least)");
    assertThat(problem.fix()).isEqualTo("write it as {any: {contains: /pricing}}");
  }

  @Test
  void anyRefusesBadArgumentsAtLoad() {
    assertThat(onlyProblem("""
          - crm: [a, b]
            canonical: intent.pricingPageVisited
            transforms: [{any: {greater_than: zero}}]
        """).message()).isEqualTo("`any`'s `greater_than` must be a number, not `zero`");
    assertThat(onlyProblem("""
          - crm: [a, b]
            canonical: intent.pricingPageVisited
            transforms: [{any: {contains: /pricing, greater_than: 0}}]
        """).message()).startsWith("`any` takes one condition, not 2");
    assertThat(onlyProblem("""
          - crm: [a, b]
            canonical: intent.pricingPageVisited
            transforms: [{any: /pricing}]
        """).message()).isEqualTo("the argument of `any` must be a map, not text");
    assertThat(onlyProblem("""
          - crm: [a, b]
            canonical: intent.pricingPageVisited
            transforms: [{any: {matches: "(unclosed"}}]
        """).message()).startsWith("`(unclosed` is not a valid regular expression");
    assertThat(onlyProblem("""
          - crm: [a, b]
            canonical: intent.pricingPageVisited
            transforms: [any]
        """).message()).isEqualTo("`any` needs an argument");
  }

  @Test
  void typesAreCheckedAndCombiningIsInboundOnly() {
    MappingProblem flagIntoCount = onlyProblem("""
          - crm: [hs_email_open, hs_email_click]
            canonical: intent.emailEngagements
            transforms: [{any: {greater_than: 0}}]
        """);
    assertThat(flagIntoCount.message())
        .isEqualTo("`any` hands on true or false, but `intent.emailEngagements` holds a whole number");

    MappingProblem outbound = onlyProblem("""
          - crm: revbridge_score
            canonical: leadScore.score
            direction: outbound
            owned: true
            type: number
            transforms: [max]
        """);
    assertThat(outbound.key()).isEqualTo("fields[0].transforms[0]");
    assertThat(outbound.message()).isEqualTo("`max` only works on inbound fields");
  }
}

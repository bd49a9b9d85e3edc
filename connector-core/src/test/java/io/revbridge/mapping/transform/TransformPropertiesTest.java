package io.revbridge.mapping.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every input must keep, checked on a few hundred generated values each rather than on a few examples. */
class TransformPropertiesTest {
  private static final TransformRegistry REGISTRY = TransformRegistry.defaults();
  private static final TransformContext INBOUND = TransformContext.inbound(new RecordRef("hubspot-main", "contacts", "1"));
  private static final TransformContext OUTBOUND = TransformContext.outbound();

  private static Transform transform(String name, TransformArgument argument) {
    return REGISTRY.find(name).orElseThrow().create(argument);
  }

  private static Transform transform(String name, String argument) {
    return transform(name, argument == null ? null : TransformArgument.text(argument));
  }

  @ParameterizedTest
  @MethodSource("textsAndLimits")
  void truncateNeverExceedsTheLimitAndKeepsAPrefix(String text, int limit) {
    String cut = (String) transform("truncate", Integer.toString(limit)).apply(text, OUTBOUND);

    assertThat(cut.length()).isLessThanOrEqualTo(limit);
    assertThat(text).startsWith(cut);
    assertThat(cut.isEmpty() || !Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isTrue();
    if (text.length() <= limit) {
      assertThat(cut).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @MethodSource("emojiTextsAndLimits")
  void truncateNeverCutsACharacterInTwo(String text, int limit) {
    String cut = (String) transform("truncate", Integer.toString(limit)).apply(text, OUTBOUND);

    assertThat(cut.length()).isLessThanOrEqualTo(limit);
    assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)
        && (cut.isEmpty() || !Character.isHighSurrogate(cut.charAt(cut.length() - 1)))).isTrue();
    assertThat(text).startsWith(cut);
  }

  @ParameterizedTest
  @MethodSource("mapTables")
  void mapWithADefaultIsTotal(Map<String, String> table, String input, String fallback) {
    Map<String, String> distinct = new LinkedHashMap<>();
    table.forEach((from, to) -> distinct.putIfAbsent(from.toLowerCase(Locale.ROOT), to));
    Transform map = transform("map", mapArgument(distinct, fallback));

    Object result = map.apply(input, INBOUND);

    assertThat(result).isIn(concat(distinct.values(), fallback));
    distinct.forEach((from, to) -> assertThat(map.apply(" " + from.toUpperCase(Locale.ROOT) + " ", INBOUND)).isEqualTo(to));
  }

  @ParameterizedTest
  @MethodSource("instantsAndFormats")
  void datetimeWrittenInAFormatReadsBackAsTheSameInstant(Instant instant, String format) {
    Object written = transform("datetime", format).apply(instant, OUTBOUND);

    Object read = transform("datetime", format).apply(written, INBOUND);

    assertThat(read).isEqualTo(instant);
  }

  @ParameterizedTest
  @MethodSource("datesAndFormats")
  void dateWrittenInAFormatReadsBackAsTheSameDate(LocalDate date, String format) {
    Object written = transform("date", format).apply(date.toString(), OUTBOUND);

    Object read = transform("date", format).apply(written, INBOUND);

    assertThat(read).isEqualTo(date);
  }

  @ParameterizedTest
  @MethodSource("wholesAndScales")
  void numbersRenderedAsCrmTextReadBackExactly(long whole, int scale) {
    BigDecimal decimal = BigDecimal.valueOf(whole, scale);

    assertThat(TextValues.parseInteger(TextValues.render(BigDecimal.valueOf(whole)))).isEqualTo(whole);
    assertThat((BigDecimal) transform("number", (String) null).apply(TextValues.render(decimal), INBOUND))
        .isEqualByComparingTo(decimal);
  }

  @ParameterizedTest
  @CsvSource({"Ja,false", "Ja,true", "X,false", "X,true", "Nein,false", "Nein,true"})
  void booleanReadsEveryConfiguredWordInAnyCaseAndSpacing(String word, boolean upper) {
    Transform words = transform("boolean", new TransformArgument.Fields(Map.of(
        "true", new TransformArgument.Items(List.of(TransformArgument.text("Ja"), TransformArgument.text("X"))),
        "false", new TransformArgument.Items(List.of(TransformArgument.text("Nein"))))));
    String written = " " + (upper ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT)) + "\t";

    assertThat(words.apply(written, INBOUND)).isEqualTo(!word.equals("Nein"));
  }

  @ParameterizedTest
  @MethodSource("itemLists")
  void splitThenJoinKeepsEveryNonBlankItemInOrder(List<String> items) {
    Object split = transform("split", ";").apply(" " + String.join(" ; ;", items) + ";", INBOUND);
    Object joined = transform("join", "|").apply(split, INBOUND);

    assertThat(joined).isEqualTo(items.isEmpty() ? null : String.join("|", items));
  }

  @ParameterizedTest
  @MethodSource("localPartsAndHosts")
  void emailDomainIsTheLowerCasePartAfterTheAt(String local, String host) {
    String domain = host + ".Example.COM";

    assertThat(transform("email_domain", (String) null).apply(local + "@" + domain, INBOUND))
        .isEqualTo(domain.toLowerCase(Locale.ROOT));
    assertThat(transform("url_domain", (String) null).apply("https://www." + domain + "/" + local, INBOUND))
        .isEqualTo(domain.toLowerCase(Locale.ROOT));
  }

  // Generated inputs: a fixed seed per property, so a failure names its case and repeats on every run.

  static Stream<Arguments> textsAndLimits() {
    Samples s = new Samples(1);
    return s.cases(() -> Arguments.of(s.anyText(60), s.between(1, 300)));
  }

  static Stream<Arguments> emojiTextsAndLimits() {
    Samples s = new Samples(2);
    return s.cases(() -> Arguments.of(s.joined(40, "a", "é", "😀", "𝄞", " "), s.between(1, 40)));
  }

  static Stream<Arguments> mapTables() {
    Samples s = new Samples(3);
    return s.cases(() -> {
      Map<String, String> table = new LinkedHashMap<>();
      int size = s.between(1, 8);
      for (int i = 0; i < size; i++) {
        table.put(s.alpha(1, 6), s.alpha(1, 6));
      }
      return Arguments.of(table, s.anyText(12), s.alpha(1, 6));
    });
  }

  static Stream<Arguments> instantsAndFormats() {
    Samples s = new Samples(4);
    long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("2199-12-31T23:59:59Z").toEpochMilli();
    return s.cases(() -> Arguments.of(Instant.ofEpochMilli(s.between(from, to)), s.oneOf(null, "epoch_millis",
        "yyyy-MM-dd HH:mm:ss.SSS", "dd.MM.yyyy HH:mm:ss.SSS", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")));
  }

  static Stream<Arguments> datesAndFormats() {
    Samples s = new Samples(5);
    long from = LocalDate.of(1900, 1, 1).toEpochDay();
    long to = LocalDate.of(2199, 12, 31).toEpochDay();
    return s.cases(() -> Arguments.of(LocalDate.ofEpochDay(s.between(from, to)),
        s.oneOf(null, "epoch_millis", "dd/MM/yyyy", "MM/dd/yyyy", "yyyyMMdd")));
  }

  static Stream<Arguments> wholesAndScales() {
    Samples s = new Samples(6);
    return Stream.concat(Stream.of(Arguments.of(Long.MIN_VALUE, 0), Arguments.of(Long.MAX_VALUE, 6), Arguments.of(0L, 3)),
        s.cases(() -> Arguments.of(s.anyLong(), s.between(0, 6))));
  }

  static Stream<Arguments> itemLists() {
    Samples s = new Samples(7);
    return Stream.concat(Stream.of(Arguments.of(List.of())), s.cases(() -> {
      List<String> items = new java.util.ArrayList<>();
      int size = s.between(1, 10);
      for (int i = 0; i < size; i++) {
        items.add(s.alpha(1, 8));
      }
      return Arguments.of(items);
    }));
  }

  static Stream<Arguments> localPartsAndHosts() {
    Samples s = new Samples(8);
    return s.cases(() -> Arguments.of(s.alpha(1, 12), s.alpha(1, 12)));
  }

  private static TransformArgument mapArgument(Map<String, String> table, String fallback) {
    Map<String, TransformArgument> values = new LinkedHashMap<>();
    table.forEach((from, to) -> values.put(from, TransformArgument.text(to)));
    return new TransformArgument.Fields(Map.of("values", new TransformArgument.Fields(values),
        "default", TransformArgument.text(fallback)));
  }

  private static List<String> concat(java.util.Collection<String> values, String extra) {
    List<String> all = new java.util.ArrayList<>(values);
    all.add(extra);
    return all;
  }
}

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Properties every input must keep, checked on generated values (jqwik) rather than on a few examples. */
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

  @Property
  void truncateNeverExceedsTheLimitAndKeepsAPrefix(@ForAll String text, @ForAll @IntRange(min = 1, max = 300) int limit) {
    String cut = (String) transform("truncate", Integer.toString(limit)).apply(text, OUTBOUND);

    assertThat(cut.length()).isLessThanOrEqualTo(limit);
    assertThat(text).startsWith(cut);
    assertThat(cut.isEmpty() || !Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isTrue();
    if (text.length() <= limit) {
      assertThat(cut).isEqualTo(text);
    }
  }

  @Property
  void truncateNeverCutsACharacterInTwo(@ForAll("textsWithEmoji") String text, @ForAll @IntRange(min = 1, max = 40) int limit) {
    String cut = (String) transform("truncate", Integer.toString(limit)).apply(text, OUTBOUND);

    assertThat(cut.length()).isLessThanOrEqualTo(limit);
    assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)
        && (cut.isEmpty() || !Character.isHighSurrogate(cut.charAt(cut.length() - 1)))).isTrue();
    assertThat(text).startsWith(cut);
  }

  @Property
  void mapWithADefaultIsTotal(@ForAll @Size(min = 1, max = 8) Map<@AlphaChars @StringLength(min = 1, max = 6) String,
      @AlphaChars @StringLength(min = 1, max = 6) String> table, @ForAll String input,
      @ForAll @AlphaChars @StringLength(min = 1, max = 6) String fallback) {
    Map<String, String> distinct = new LinkedHashMap<>();
    table.forEach((from, to) -> distinct.putIfAbsent(from.toLowerCase(Locale.ROOT), to));
    Transform map = transform("map", mapArgument(distinct, fallback));

    Object result = map.apply(input, INBOUND);

    assertThat(result).isIn(concat(distinct.values(), fallback));
    distinct.forEach((from, to) -> assertThat(map.apply(" " + from.toUpperCase(Locale.ROOT) + " ", INBOUND)).isEqualTo(to));
  }

  @Property
  void datetimeWrittenInAFormatReadsBackAsTheSameInstant(@ForAll("instants") Instant instant,
      @ForAll("datetimeFormats") String format) {
    Object written = transform("datetime", format).apply(instant, OUTBOUND);

    Object read = transform("datetime", format).apply(written, INBOUND);

    assertThat(read).isEqualTo(instant);
  }

  @Property
  void dateWrittenInAFormatReadsBackAsTheSameDate(@ForAll("dates") LocalDate date, @ForAll("dateFormats") String format) {
    Object written = transform("date", format).apply(date.toString(), OUTBOUND);

    Object read = transform("date", format).apply(written, INBOUND);

    assertThat(read).isEqualTo(date);
  }

  @Property
  void numbersRenderedAsCrmTextReadBackExactly(@ForAll long whole, @ForAll @IntRange(min = 0, max = 6) int scale) {
    BigDecimal decimal = BigDecimal.valueOf(whole, scale);

    assertThat(TextValues.parseInteger(TextValues.render(BigDecimal.valueOf(whole)))).isEqualTo(whole);
    assertThat((BigDecimal) transform("number", (String) null).apply(TextValues.render(decimal), INBOUND))
        .isEqualByComparingTo(decimal);
  }

  @Property
  void booleanReadsEveryConfiguredWordInAnyCaseAndSpacing(@ForAll("yesNoWords") String word, @ForAll boolean upper) {
    Transform words = transform("boolean", new TransformArgument.Fields(Map.of(
        "true", new TransformArgument.Items(List.of(TransformArgument.text("Ja"), TransformArgument.text("X"))),
        "false", new TransformArgument.Items(List.of(TransformArgument.text("Nein"))))));
    String written = " " + (upper ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT)) + "\t";

    assertThat(words.apply(written, INBOUND)).isEqualTo(!word.equals("Nein"));
  }

  @Property
  void splitThenJoinKeepsEveryNonBlankItemInOrder(@ForAll @Size(max = 10) List<@NotBlank @AlphaChars String> items) {
    Object split = transform("split", ";").apply(" " + String.join(" ; ;", items) + ";", INBOUND);
    Object joined = transform("join", "|").apply(split, INBOUND);

    assertThat(joined).isEqualTo(items.isEmpty() ? null : String.join("|", items));
  }

  @Property
  void emailDomainIsTheLowerCasePartAfterTheAt(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String local,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String host) {
    String domain = host + ".Example.COM";

    assertThat(transform("email_domain", (String) null).apply(local + "@" + domain, INBOUND))
        .isEqualTo(domain.toLowerCase(Locale.ROOT));
    assertThat(transform("url_domain", (String) null).apply("https://www." + domain + "/" + local, INBOUND))
        .isEqualTo(domain.toLowerCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<String> textsWithEmoji() {
    return Arbitraries.of("a", "é", "😀", "𝄞", " ").list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").toEpochMilli(),
        Instant.parse("2199-12-31T23:59:59Z").toEpochMilli()).map(Instant::ofEpochMilli);
  }

  @Provide
  Arbitrary<String> datetimeFormats() {
    return Arbitraries.of(null, "epoch_millis", "yyyy-MM-dd HH:mm:ss.SSS", "dd.MM.yyyy HH:mm:ss.SSS",
        "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> dateFormats() {
    return Arbitraries.of(null, "epoch_millis", "dd/MM/yyyy", "MM/dd/yyyy", "yyyyMMdd");
  }

  @Provide
  Arbitrary<String> yesNoWords() {
    return Arbitraries.of("Ja", "X", "Nein");
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

package io.revbridge.mapping.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuiltInTransformsTest {
  private static final RecordRef CONTACT = new RecordRef("hubspot-main", "contacts", "501");
  private final TransformRegistry registry = TransformRegistry.defaults();

  private Object apply(String name, String argument, Object value) {
    return registry.find(name).orElseThrow().create(argument).apply(value, TransformContext.inbound(CONTACT));
  }

  private Object apply(String name, Object value) {
    return apply(name, null, value);
  }

  @Test
  void registryHoldsTheBuiltIns() {
    assertThat(registry.names()).containsExactly("trim", "lower", "upper", "integer", "number", "boolean", "date",
        "datetime", "map", "email_domain", "url_domain", "split", "join", "regex", "constant", "default", "ref",
        "truncate", "percent");
  }

  @Test
  void percentReadsAPercentageAsAShare() {
    assertThat(apply("percent", "75")).isEqualTo(new BigDecimal("0.75"));
    assertThat(apply("percent", "12.5%")).isEqualTo(new BigDecimal("0.125"));
    assertThat(apply("percent", "100")).isEqualTo(new BigDecimal("1"));
    assertThat(apply("percent", "")).isNull();
    assertThat(apply("percent", null)).isNull();
    assertThatThrownBy(() -> apply("percent", "high")).isInstanceOf(BadValueException.class);
  }

  @Test
  void textTransformsChangeTextAndPassNoValueThrough() {
    assertThat(apply("trim", "  Dana ")).isEqualTo("Dana");
    assertThat(apply("lower", "Dana@EXAMPLE.com")).isEqualTo("dana@example.com");
    assertThat(apply("upper", "prospect")).isEqualTo("PROSPECT");
    assertThat(apply("trim", null)).isNull();
  }

  @Test
  void integerAcceptsWholeNumbersOnly() {
    assertThat(apply("integer", "120")).isEqualTo(120L);
    assertThat(apply("integer", "120.0")).isEqualTo(120L);
    assertThatThrownBy(() -> apply("integer", "12.5")).isInstanceOf(BadValueException.class)
        .hasMessage("`12.5` is not a whole number");
    assertThatThrownBy(() -> apply("integer", "lots")).isInstanceOf(BadValueException.class)
        .hasMessage("`lots` is not a number");
  }

  @Test
  void numberIsExact() {
    assertThat(apply("number", "18500000.50")).isEqualTo(new BigDecimal("18500000.50"));
  }

  @Test
  void booleanReadsTheUsualYesAndNoWords() {
    for (String yes : new String[] {"true", "YES", "1", "y", "On"}) {
      assertThat(apply("boolean", yes)).as(yes).isEqualTo(true);
    }
    for (String no : new String[] {"false", "No", "0", "n", "off"}) {
      assertThat(apply("boolean", no)).as(no).isEqualTo(false);
    }
    assertThat(apply("boolean", "")).isNull();
    assertThatThrownBy(() -> apply("boolean", "maybe")).isInstanceOf(BadValueException.class);
  }

  @Test
  void datetimeReadsIsoTextDatesAndEpochMillis() {
    assertThat(apply("datetime", "2024-09-11T13:27:39.356Z")).isEqualTo(Instant.parse("2024-09-11T13:27:39.356Z"));
    assertThat(apply("datetime", "2024-09-11T15:27:39+02:00")).isEqualTo(Instant.parse("2024-09-11T13:27:39Z"));
    assertThat(apply("datetime", "1726061259356")).isEqualTo(Instant.parse("2024-09-11T13:27:39.356Z"));
    assertThat(apply("datetime", "2024-09-11")).isEqualTo(Instant.parse("2024-09-11T00:00:00Z"));
    assertThatThrownBy(() -> apply("datetime", "last tuesday")).isInstanceOf(BadValueException.class);
  }

  @Test
  void constantIgnoresTheCrmAndDefaultOnlyFillsGaps() {
    assertThat(apply("constant", "CONTACT", "anything")).isEqualTo("CONTACT");
    assertThat(apply("default", "unknown", null)).isEqualTo("unknown");
    assertThat(apply("default", "unknown", "known")).isEqualTo("known");
  }

  @Test
  void refPointsIntoTheSameConnection() {
    assertThat(apply("ref", "companies", "9001")).isEqualTo(new RecordRef("hubspot-main", "companies", "9001"));
    assertThat(apply("ref", "companies", null)).isNull();
  }

  @Test
  void truncateCutsLongTextOnly() {
    assertThat(apply("truncate", "5", "Revbridge")).isEqualTo("Revbr");
    assertThat(apply("truncate", "50", "Revbridge")).isEqualTo("Revbridge");
  }

  @Test
  void badArgumentsAreRefusedWhenTheMappingIsLoaded() {
    assertThatThrownBy(() -> registry.find("truncate").orElseThrow().create("0"))
        .hasMessage("`truncate` needs at least 1 character, not 0");
    assertThatThrownBy(() -> registry.find("ref").orElseThrow().create(" "))
        .hasMessage("`ref` needs the CRM object type the id points to");
  }

  @Test
  void aNewTransformCanBeAddedWithoutTouchingTheEngine() {
    TransformType reverse = new TransformType() {
      public String name() {
        return "reverse";
      }

      public String description() {
        return "reverses text";
      }

      public boolean takesArgument() {
        return false;
      }

      public String usage() {
        return "reverse";
      }

      public Transform create(String argument) {
        return (value, context) -> new StringBuilder(String.valueOf(value)).reverse().toString();
      }
    };

    TransformRegistry extended = registry.with(reverse);

    assertThat(extended.find("reverse")).isPresent();
    assertThat(registry.find("reverse")).isEmpty();
  }
}

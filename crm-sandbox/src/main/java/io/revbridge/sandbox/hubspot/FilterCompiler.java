package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns one search filter into a predicate. Datetime properties compare by instant (filter values may be
 * epoch millis or ISO-8601), number properties numerically ({@code hs_object_id} too), everything else as
 * case-insensitive text. A property the portal does not have behaves as absent on every record.
 * NEQ and NOT_IN match records without a value; the other comparisons need one.
 */
final class FilterCompiler {
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s,;:/]+");

  private FilterCompiler() {}

  static CompiledFilter compile(SearchQuery.FilterSpec f, PropertyCatalog catalog) {
    if (f.propertyName().startsWith("associations.")) {
      return new CompiledFilter(associationTest(f), null, null);
    }
    PropertyDef def = catalog.get(f.propertyName());
    String op = f.operator();
    if (def == null) {
      boolean absentMatches = op.equals("NEQ") || op.equals("NOT_IN") || op.equals("NOT_HAS_PROPERTY")
          || op.equals("NOT_CONTAINS_TOKEN");
      return new CompiledFilter(r -> absentMatches, null, null);
    }
    if (op.equals("CONTAINS_TOKEN") || op.equals("NOT_CONTAINS_TOKEN")) {
      Predicate<StoredRecord> has = tokenTest(def, f.value());
      return new CompiledFilter(op.equals("CONTAINS_TOKEN") ? has : has.negate(), null, null);
    }
    if (def.isTemporal() || def.derived() == Derived.CREATED || def.derived() == Derived.MODIFIED) {
      Function<String, Long> parse = v -> {
        Long m = Times.parseMillis(v);
        if (m == null) {
          throw HubSpotErrors.validation(f.where() + ": \"" + v + "\" is not a valid value for datetime property \""
              + def.name() + "\"; use epoch milliseconds or ISO-8601.");
        }
        return m;
      };
      Predicate<StoredRecord> test = build(f, r -> RecordValues.millis(r, def), Comparator.<Long>naturalOrder(), parse);
      CompiledFilter.Range range = def.derived() == Derived.MODIFIED ? longRange(f, parse) : null;
      return new CompiledFilter(test, range, null);
    }
    if (def.isNumber()) {
      Function<String, Double> parse = v -> {
        try {
          return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
          throw HubSpotErrors.validation(f.where() + ": \"" + v + "\" is not a number, but \"" + def.name()
              + "\" is a number property.");
        }
      };
      Predicate<StoredRecord> test = build(f, r -> RecordValues.number(r, def), Comparator.<Double>naturalOrder(), parse);
      CompiledFilter.Range range = def.derived() == Derived.ID ? idRange(f, parse) : null;
      return new CompiledFilter(test, null, range);
    }
    return new CompiledFilter(build(f, r -> RecordValues.value(r, def), String.CASE_INSENSITIVE_ORDER, v -> v),
        null, null);
  }

  private static <T> Predicate<StoredRecord> build(SearchQuery.FilterSpec f, Function<StoredRecord, T> get,
      Comparator<T> cmp, Function<String, T> parse) {
    T v = f.value() == null ? null : parse.apply(f.value());
    List<T> vs = new ArrayList<>();
    f.values().forEach(x -> vs.add(parse.apply(x)));
    return switch (f.operator()) {
      case "HAS_PROPERTY" -> r -> get.apply(r) != null;
      case "NOT_HAS_PROPERTY" -> r -> get.apply(r) == null;
      case "EQ" -> present(get, x -> cmp.compare(x, v) == 0);
      case "NEQ" -> present(get, x -> cmp.compare(x, v) == 0).negate();
      case "LT" -> present(get, x -> cmp.compare(x, v) < 0);
      case "LTE" -> present(get, x -> cmp.compare(x, v) <= 0);
      case "GT" -> present(get, x -> cmp.compare(x, v) > 0);
      case "GTE" -> present(get, x -> cmp.compare(x, v) >= 0);
      case "BETWEEN" -> {
        T hi = parse.apply(f.highValue());
        yield present(get, x -> cmp.compare(x, v) >= 0 && cmp.compare(x, hi) <= 0);
      }
      case "IN" -> present(get, x -> vs.stream().anyMatch(y -> cmp.compare(x, y) == 0));
      case "NOT_IN" -> present(get, x -> vs.stream().anyMatch(y -> cmp.compare(x, y) == 0)).negate();
      default -> throw HubSpotErrors.validation(f.where() + ": unsupported operator " + f.operator());
    };
  }

  /** True when the record has a value and the value passes; absent values never pass. */
  private static <T> Predicate<StoredRecord> present(Function<StoredRecord, T> get, Predicate<T> test) {
    return r -> {
      T x = get.apply(r);
      return x != null && test.test(x);
    };
  }

  private static Predicate<StoredRecord> tokenTest(PropertyDef def, String pattern) {
    String regex = ("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q");
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return r -> {
      String v = RecordValues.value(r, def);
      if (v == null) {
        return false;
      }
      if (p.matcher(v).matches()) {
        return true;
      }
      for (String token : TOKEN_SPLIT.split(v)) {
        if (p.matcher(token).matches()) {
          return true;
        }
      }
      return false;
    };
  }

  private static Predicate<StoredRecord> associationTest(SearchQuery.FilterSpec f) {
    String target = f.propertyName().substring("associations.".length());
    ObjectType type = ObjectType.parse(target).orElseThrow(() -> HubSpotErrors.validation(f.where()
        + ": unknown association type \"" + target + "\"; use associations.contact, .company, .deal or .task"));
    List<Long> ids = new ArrayList<>();
    (f.value() != null ? List.of(f.value()) : f.values()).forEach(v -> {
      Long id = HubSpotCrm.parseId(v == null ? null : v.trim());
      ids.add(id == null ? -1L : id);
    });
    Predicate<StoredRecord> any = r -> r.associations(type).stream().anyMatch(ids::contains);
    return switch (f.operator()) {
      case "EQ", "IN" -> any;
      case "NEQ", "NOT_IN" -> any.negate();
      case "HAS_PROPERTY" -> r -> !r.associations(type).isEmpty();
      case "NOT_HAS_PROPERTY" -> r -> r.associations(type).isEmpty();
      default -> throw HubSpotErrors.validation(f.where() + ": association filters support EQ, NEQ, IN, NOT_IN, "
          + "HAS_PROPERTY and NOT_HAS_PROPERTY, not " + f.operator());
    };
  }

  private static CompiledFilter.Range longRange(SearchQuery.FilterSpec f, Function<String, Long> parse) {
    return switch (f.operator()) {
      case "EQ" -> new CompiledFilter.Range(parse.apply(f.value()), parse.apply(f.value()));
      case "GT" -> new CompiledFilter.Range(parse.apply(f.value()) + 1, Long.MAX_VALUE);
      case "GTE" -> new CompiledFilter.Range(parse.apply(f.value()), Long.MAX_VALUE);
      case "LT" -> new CompiledFilter.Range(Long.MIN_VALUE, parse.apply(f.value()) - 1);
      case "LTE" -> new CompiledFilter.Range(Long.MIN_VALUE, parse.apply(f.value()));
      case "BETWEEN" -> new CompiledFilter.Range(parse.apply(f.value()), parse.apply(f.highValue()));
      default -> null;
    };
  }

  private static CompiledFilter.Range idRange(SearchQuery.FilterSpec f, Function<String, Double> parse) {
    return switch (f.operator()) {
      case "EQ" -> {
        double v = parse.apply(f.value());
        yield v == Math.rint(v) ? new CompiledFilter.Range((long) v, (long) v) : new CompiledFilter.Range(1, 0);
      }
      case "GT" -> new CompiledFilter.Range((long) Math.floor(parse.apply(f.value())) + 1, Long.MAX_VALUE);
      case "GTE" -> new CompiledFilter.Range((long) Math.ceil(parse.apply(f.value())), Long.MAX_VALUE);
      case "LT" -> new CompiledFilter.Range(Long.MIN_VALUE, (long) Math.ceil(parse.apply(f.value())) - 1);
      case "LTE" -> new CompiledFilter.Range(Long.MIN_VALUE, (long) Math.floor(parse.apply(f.value())));
      case "BETWEEN" -> new CompiledFilter.Range((long) Math.ceil(parse.apply(f.value())),
          (long) Math.floor(parse.apply(f.highValue())));
      default -> null;
    };
  }
}

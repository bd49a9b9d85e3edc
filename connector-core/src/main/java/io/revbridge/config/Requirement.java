package io.revbridge.config;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Whether a key must be present, possibly depending on keys declared before it in its section. */
record Requirement(String doc, Predicate<Section> appliesTo) {
  static final Requirement OPTIONAL = new Requirement("", s -> false);
  static final Requirement ALWAYS = new Requirement("Required.", s -> true);

  /** Required for connections whose {@code crm} matches. */
  static Requirement forCrms(Predicate<CrmKind> which) {
    String names =
        Arrays.stream(CrmKind.values())
            .filter(which)
            .map(CrmKind::id)
            .collect(Collectors.joining(" and "));
    return new Requirement("Required for " + names + ".", s -> s.crm().filter(which).isPresent());
  }

  boolean requiredIn(Section siblings) {
    return appliesTo.test(siblings);
  }
}

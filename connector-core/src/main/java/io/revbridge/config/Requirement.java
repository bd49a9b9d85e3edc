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

  /** Required for connections whose {@code crm} matches, unless they give {@code oauth.refreshToken}. */
  static Requirement forCrmsUnlessOAuth(Predicate<CrmKind> which) {
    Requirement forCrms = forCrms(which);
    return new Requirement(forCrms.doc().replaceFirst("\\.$", "") + " unless `oauth` is set.",
        s -> forCrms.requiredIn(s) && s.get("oauth").filter(Section.class::isInstance).map(Section.class::cast)
            .flatMap(o -> o.get("refreshToken")).isEmpty());
  }

  /** Required when the sibling key {@code name} (declared earlier in the same section) is set. */
  static Requirement whenSet(String name) {
    return new Requirement("Required with `" + name + "`.", s -> s.get(name).isPresent());
  }

  boolean requiredIn(Section siblings) {
    return appliesTo.test(siblings);
  }
}

package io.revbridge.sandbox.hubspot;

import java.util.List;
import java.util.Map;

/** Property input after validation: normalised values by definition, or the problems that reject it. */
record Validated(Map<PropertyDef, String> values, List<PropertyProblem> problems) {
  boolean ok() {
    return problems.isEmpty();
  }
}

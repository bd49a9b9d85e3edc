package io.revbridge.mapping;

import io.revbridge.spi.CrmField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a mapping against the fields a live CRM describes: every CRM field the file reads, and every
 * existing CRM field it writes, must exist. Owned fields are skipped: Revbridge creates them on first run.
 */
public final class LiveFieldCheck {
  private LiveFieldCheck() {}

  /** @param connection named in the message, since one file may serve several connections */
  public static List<MappingProblem> missing(ObjectMapping mapping, List<CrmField> described, String connection) {
    Set<String> names = described.stream().map(CrmField::name).collect(Collectors.toSet());
    List<MappingProblem> problems = new ArrayList<>();
    for (MappedField field : mapping.mappedFields()) {
      if (field.owned() || names.contains(field.crmField())) {
        continue;
      }
      problems.add(new MappingProblem(mapping.location(), field.line(), field.column(), field.key(),
          "CRM field `" + field.crmField() + "` does not exist on " + mapping.crm() + " " + mapping.objectType()
              + " (connection " + connection + ")" + Suggestions.didYouMean(field.crmField(), names),
          "correct the name (CRM field names are exact, case included), or create the field in the CRM"));
    }
    return problems;
  }
}

package io.revbridge.app;

import io.revbridge.playbook.Playbook;
import io.revbridge.predictive.PredictedObject;
import io.revbridge.predictive.ScoreSource;
import java.util.Locale;

/** What an activation means under the playbook: whether the model is in charge or the rules still are. */
final class ModeNote {
  private ModeNote() {}

  static String of(Playbook playbook, String objectKind) {
    PredictedObject object = PredictedObject.parse(objectKind).orElseThrow();
    ScoreSource use = playbook.predictive().serving(object).use();
    return use == ScoreSource.RULES
        ? "; predictive.yaml " + objectKind + ".use is rules, so the rules stay in charge until you set it to "
            + "predictive or blend"
        : "; in charge by predictive.yaml (" + objectKind + ".use: " + use.name().toLowerCase(Locale.ROOT) + ")";
  }
}

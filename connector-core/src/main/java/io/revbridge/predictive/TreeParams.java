package io.revbridge.predictive;

import java.util.List;
import java.util.Set;

/** What the store keeps of gradient-boosted trees: the feature columns, XGBoost's JSON model, the calibration. */
record TreeParams(List<String> features, Set<String> exclusiveGroups, String xgboostJson, Calibrator calibrator) {}

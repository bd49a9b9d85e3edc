package io.revbridge.predictive;

/** Which score is in charge of a record kind: the playbook's rules, the learned model, or a weighted blend. */
public enum ScoreSource {
  RULES,
  PREDICTIVE,
  BLEND
}

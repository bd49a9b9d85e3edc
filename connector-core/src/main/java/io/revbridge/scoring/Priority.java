package io.revbridge.scoring;

/** How soon a lead of a grade should be worked. */
public enum Priority {
  HIGH,
  MEDIUM,
  LOW
}

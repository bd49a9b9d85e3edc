package io.revbridge.model;

public enum TaskPriority {
  LOW,
  MEDIUM,
  HIGH
}

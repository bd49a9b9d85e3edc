package io.revbridge.model;

public enum TaskType {
  CALL,
  EMAIL,
  TODO
}

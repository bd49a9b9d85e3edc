package io.revbridge.model;

import java.util.Objects;

/**
 * Names one record in one CRM: the configured connection, the CRM's object type ({@code contacts},
 * {@code Lead}, ...) and the CRM's own id. Two refs are equal when all three are.
 */
public record RecordRef(String connection, String objectType, String id) {
  public RecordRef {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(id, "id");
  }

  /** A stable text key, used for store rows and idempotency keys: {@code connection/objectType/id}. */
  public String key() {
    return connection + "/" + objectType + "/" + id;
  }

  @Override
  public String toString() {
    return key();
  }
}

package io.revbridge.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of key declarations, built Kafka {@code ConfigDef} style. Order matters twice: a key
 * may depend on keys declared before it in its section, and the reference docs list keys in this order.
 * Not thread-safe while being built; read-only afterwards.
 */
final class ConfigDef {
  private final List<ConfigKey> keys = new ArrayList<>();

  /** Starts a key; {@link KeyBuilder#doc} finishes it (every key must be documented). */
  KeyBuilder define(String path, ConfigType type) {
    return new KeyBuilder(path, type);
  }

  List<ConfigKey> keys() {
    return List.copyOf(keys);
  }

  /** The keys of one section, in declaration order; {@code ""} is the top of the file. */
  List<ConfigKey> children(String parentPath) {
    return keys.stream().filter(k -> k.parentPath().equals(parentPath)).toList();
  }

  Optional<ConfigKey> key(String path) {
    return keys.stream().filter(k -> k.path().equals(path)).findFirst();
  }

  private void add(ConfigKey key) {
    if (key(key.path()).isPresent()) {
      throw new IllegalStateException("key declared twice: " + key.path());
    }
    String parent = key.parentPath();
    if (!parent.isEmpty() && keys.stream().noneMatch(k -> k.type().isSection() && k.childPath().equals(parent))) {
      throw new IllegalStateException("declare section " + parent + " before " + key.path());
    }
    keys.add(key);
  }

  /** Collects one key's attributes; defaults: optional, no default, no validator, not unique. */
  final class KeyBuilder {
    private final String path;
    private final ConfigType type;
    private Default defaultValue = Default.NONE;
    private Requirement requirement = Requirement.OPTIONAL;
    private Validator validator = Validator.NONE;
    private boolean unique;
    private String example = "";

    private KeyBuilder(String path, ConfigType type) {
      this.path = Objects.requireNonNull(path, "path");
      this.type = Objects.requireNonNull(type, "type");
    }

    KeyBuilder defaultValue(Object value) {
      return defaultValue(Default.of(value));
    }

    KeyBuilder defaultValue(Default value) {
      this.defaultValue = value;
      return this;
    }

    KeyBuilder required() {
      return required(Requirement.ALWAYS);
    }

    KeyBuilder required(Requirement requirement) {
      this.requirement = requirement;
      return this;
    }

    KeyBuilder validator(Validator validator) {
      this.validator = validator;
      return this;
    }

    KeyBuilder unique() {
      this.unique = true;
      return this;
    }

    KeyBuilder example(String example) {
      this.example = example;
      return this;
    }

    /** Documents the key and adds it to the definition. */
    ConfigDef doc(String doc) {
      add(new ConfigKey(path, type, defaultValue, requirement, validator, unique, example, doc));
      return ConfigDef.this;
    }
  }
}

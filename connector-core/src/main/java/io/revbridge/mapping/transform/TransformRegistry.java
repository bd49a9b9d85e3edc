package io.revbridge.mapping.transform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transforms mapping files may name. Immutable: {@link #with} returns a new registry, so one registry can
 * be shared by every loader and thread.
 */
public final class TransformRegistry {
  private static final TransformRegistry DEFAULTS = new TransformRegistry(Map.of())
      .with(new TrimTransform())
      .with(new LowerTransform())
      .with(new UpperTransform())
      .with(new IntegerTransform())
      .with(new NumberTransform())
      .with(new BooleanTransform())
      .with(new DateTransform())
      .with(new DatetimeTransform())
      .with(new MapTransform())
      .with(new EmailDomainTransform())
      .with(new UrlDomainTransform())
      .with(new SplitTransform())
      .with(new JoinTransform())
      .with(new RegexTransform())
      .with(new ConstantTransform())
      .with(new DefaultTransform())
      .with(new RefTransform())
      .with(new TruncateTransform())
      .with(new PercentTransform());

  private final Map<String, TransformType> types;

  private TransformRegistry(Map<String, TransformType> types) {
    this.types = types;
  }

  /** The built-in transforms: trim, lower, upper, integer, number, boolean, date,
   * datetime, map, email_domain, url_domain, split, join, regex, constant, default, ref, truncate, percent. */
  public static TransformRegistry defaults() {
    return DEFAULTS;
  }

  /** A registry with one more transform; a type with the same name replaces the earlier one. */
  public TransformRegistry with(TransformType type) {
    Map<String, TransformType> copy = new LinkedHashMap<>(types);
    copy.put(type.name(), type);
    return new TransformRegistry(Collections.unmodifiableMap(copy));
  }

  public Optional<TransformType> find(String name) {
    return Optional.ofNullable(types.get(name));
  }

  /** Names in registration order. */
  public Set<String> names() {
    return types.keySet();
  }

  public List<TransformType> all() {
    return List.copyOf(types.values());
  }
}

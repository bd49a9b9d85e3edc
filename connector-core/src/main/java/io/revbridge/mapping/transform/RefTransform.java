package io.revbridge.mapping.transform;

import io.revbridge.model.RecordRef;

/**
 * {@code {ref: companies}}: turns an id into a {@link RecordRef} to a record of the given object type in the
 * same connection as the record being mapped.
 */
final class RefTransform implements TransformType {
  @Override
  public String name() {
    return "ref";
  }

  @Override
  public String description() {
    return "turns an id into a reference to a record of the given object type in the same connection";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{ref: companies}";
  }

  @Override
  public boolean inboundOnly() {
    return true;
  }

  @Override
  public Transform create(String argument) {
    if (argument == null || argument.isBlank()) {
      throw new IllegalArgumentException("`ref` needs the CRM object type the id points to");
    }
    return (value, context) -> {
      if (value == null) {
        return null;
      }
      if (context.record() == null) {
        throw new BadValueException("`ref` only works on values read from a CRM record");
      }
      return new RecordRef(context.record().connection(), argument, TextValues.render(value).strip());
    };
  }

  @Override
  public ValueKind produces() {
    return ValueKind.REFERENCE;
  }
}

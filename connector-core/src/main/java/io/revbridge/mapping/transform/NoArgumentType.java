package io.revbridge.mapping.transform;

/** Base for transforms written as a bare name; they hold no configuration, so one instance serves all. */
abstract class NoArgumentType implements TransformType, Transform {
  @Override
  public final boolean takesArgument() {
    return false;
  }

  @Override
  public final String usage() {
    return name();
  }

  @Override
  public final Transform create(String argument) {
    return this;
  }
}

package io.revbridge.sandbox.hubspot;

/** Thrown while reading one input of a request; single endpoints answer it, batch endpoints collect it. */
final class InvalidItem extends RuntimeException {
  private final transient ItemError error;

  InvalidItem(ItemError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  ItemError error() {
    return error;
  }
}

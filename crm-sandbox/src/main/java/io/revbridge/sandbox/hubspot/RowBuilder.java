package io.revbridge.sandbox.hubspot;

/** Fills the value array of one seeded record by property name. Single-threaded, reused across rows. */
final class RowBuilder {
  private final PropertyCatalog catalog;
  private String[] values;

  RowBuilder(PropertyCatalog catalog) {
    this.catalog = catalog;
  }

  RowBuilder start() {
    values = new String[catalog.slotCount()];
    return this;
  }

  RowBuilder set(String name, String value) {
    if (value != null && !value.isEmpty()) {
      values[catalog.slot(name)] = value;
    }
    return this;
  }

  RowBuilder set(String name, long number) {
    return set(name, Pick.number(number));
  }

  RowBuilder set(String name, boolean flag) {
    return set(name, flag ? "true" : "false");
  }

  String[] build() {
    String[] v = values;
    values = null;
    return v;
  }
}

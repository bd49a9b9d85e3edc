package io.revbridge.spi;

import java.util.List;

/** The result of {@link CrmConnection#check()}: passes only if every item passes. */
public record CheckReport(String connection, List<CheckItem> items) {
  public CheckReport {
    items = List.copyOf(items);
  }

  public boolean ok() {
    return !items.isEmpty() && items.stream().allMatch(CheckItem::ok);
  }
}

package io.revbridge.sandbox.hubspot;

import java.util.List;

/** A parsed and bounds-checked search request body ({@code PublicObjectSearchRequest}). */
record SearchQuery(List<List<FilterSpec>> groups, SortSpec sort, List<String> properties, int limit, int after,
    String query) {

  /** One filter as sent; {@code where} names its position ("filterGroups[0].filters[1]") for error messages. */
  record FilterSpec(String propertyName, String operator, String value, String highValue, List<String> values,
      String where) {}

  record SortSpec(String propertyName, boolean descending) {}
}

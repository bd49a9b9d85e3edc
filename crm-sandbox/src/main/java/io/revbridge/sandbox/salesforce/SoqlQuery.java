package io.revbridge.sandbox.salesforce;

import java.util.List;
import java.util.function.Predicate;

/**
 * A parsed SOQL query of the subset the sandbox understands.
 *
 * @param where always true when the query has no WHERE
 * @param limit -1 without LIMIT
 */
record SoqlQuery(List<String> fields, String object, Predicate<SfRecord> where, List<Order> orderBy, int limit) {
  record Order(String field, boolean ascending) {}
}

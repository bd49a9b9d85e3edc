package io.revbridge.config;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Thrown while reading one value, so reading can stop at the first thing wrong with it; the walker turns
 * it into a problem and carries on with the next key. Without a stack trace: it is expected control flow.
 *
 * @param at a more precise node than the key's value (a list item), or null
 * @param keySuffix appended to the key when {@code at} is set, e.g. {@code [2]}
 */
final class BadValue extends Exception {
  private final transient Complaint complaint;
  private final transient Node at;
  private final String keySuffix;

  BadValue(String message, String fix) {
    this(new Complaint(message, fix), null, "");
  }

  BadValue(Complaint complaint, Node at, String keySuffix) {
    super(complaint.message(), null, false, false);
    this.complaint = complaint;
    this.at = at;
    this.keySuffix = keySuffix;
  }

  Complaint complaint() {
    return complaint;
  }

  Node at() {
    return at;
  }

  String keySuffix() {
    return keySuffix;
  }
}

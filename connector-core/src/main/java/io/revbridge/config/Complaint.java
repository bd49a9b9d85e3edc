package io.revbridge.config;

/**
 * What is wrong with one value and how to fix it, before the location and key are attached.
 *
 * @param item the index of the offending list item, so the problem points at it; -1 for the whole value
 */
record Complaint(String message, String fix, int item) {
  Complaint(String message, String fix) {
    this(message, fix, -1);
  }
}

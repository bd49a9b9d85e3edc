/**
 * Loading and validating {@code revbridge.yaml}: every key is declared once ({@code RevbridgeKeys}), and
 * that declaration drives both validation and the generated {@code docs/config-reference.md}. Loading
 * reports every problem of a file at once, each naming the file, line, key and fix, and never a secret.
 */
package io.revbridge.config;

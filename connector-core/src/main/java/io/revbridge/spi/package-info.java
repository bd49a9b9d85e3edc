/**
 * The adapter SPI: what a CRM adapter implements so the core can read changes, read and write records,
 * create tasks, list owners, receive webhooks and manage its own fields. Adapters compile against this
 * package and {@code io.revbridge.model} only. Every batch call reports a result per item: one bad record
 * never fails its batch.
 */
package io.revbridge.spi;

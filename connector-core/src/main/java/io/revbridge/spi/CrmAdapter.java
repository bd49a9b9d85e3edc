package io.revbridge.spi;

/**
 * Entry point of an adapter, found with {@link java.util.ServiceLoader}. Stateless: {@link #open}
 * returns a connection that holds the HTTP clients, tokens and rate limiters of one configured connection.
 */
public interface CrmAdapter {
  /** The value of {@code connections[].crm} this adapter serves, e.g. {@code hubspot}. */
  String crm();

  /** Opens a connection; cheap and offline: credentials are first used by {@link CrmConnection#check()}. */
  CrmConnection open(ConnectionSettings settings);
}

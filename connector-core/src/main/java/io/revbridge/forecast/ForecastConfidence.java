package io.revbridge.forecast;

/** How far to trust a forecast, from how complete and how recent its data is. */
public enum ForecastConfidence {
  HIGH,
  MEDIUM,
  LOW
}

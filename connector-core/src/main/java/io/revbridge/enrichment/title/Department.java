package io.revbridge.enrichment.title;

/** The function a title belongs to; {@code OTHER} when the title names none of these. */
public enum Department {
  SALES,
  MARKETING,
  ENGINEERING,
  IT,
  FINANCE,
  OPERATIONS,
  HR,
  EXECUTIVE,
  OTHER
}

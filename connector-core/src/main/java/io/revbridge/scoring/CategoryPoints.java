package io.revbridge.scoring;

/** The points of each lead score category, each from 0 to the playbook's category maximum. */
public record CategoryPoints(int companyFit, int contactQuality, int intent, int timing) {
  public int total() {
    return companyFit + contactQuality + intent + timing;
  }
}

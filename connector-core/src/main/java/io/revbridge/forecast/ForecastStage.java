package io.revbridge.forecast;

/** The playbook's stages that each CRM's pipeline stages map to; the two closed ones end the forecast. */
public enum ForecastStage {
  QUALIFICATION,
  DISCOVERY,
  PROPOSAL,
  NEGOTIATION,
  CLOSING,
  CLOSED_WON,
  CLOSED_LOST;

  public boolean closed() {
    return this == CLOSED_WON || this == CLOSED_LOST;
  }

  /** {@code Proposal}, for reasons and risks. */
  public String display() {
    String name = name().replace('_', ' ');
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}

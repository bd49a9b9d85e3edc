package io.revbridge.scoring;

/** How a rep should reach a lead of a grade first. */
public enum Channel {
  PHONE,
  EMAIL,
  LINKEDIN
}

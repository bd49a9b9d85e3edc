package io.revbridge.app.console;

/** What a signed-in person may do in the console. */
public enum Role {
  /** Every page and every action (replay). */
  ADMIN,
  /** Every page, no action: buttons are not shown and forged posts are refused. */
  VIEWER;

  public boolean mayAct() {
    return this == ADMIN;
  }
}

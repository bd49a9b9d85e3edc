package io.revbridge.app;

/** A command ended unsuccessfully for a reason already explained to the user; maps to exit code 1. */
final class CommandFailure extends RuntimeException {
  CommandFailure(String message) {
    super(message);
  }
}

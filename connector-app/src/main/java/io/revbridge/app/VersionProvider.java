package io.revbridge.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = RevbridgeMain.class.getPackage().getImplementationVersion();
    return new String[] {"revbridge " + (v == null ? "development" : v)};
  }
}

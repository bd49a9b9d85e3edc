package io.revbridge.enrichment.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the data files shipped in the jar ({@code revbridge/enrichment/...}) and the ones admins add on disk. */
public final class DataFiles {
  public static final String RESOURCE_ROOT = "revbridge/enrichment/";

  private DataFiles() {}

  public static String resource(String name) {
    try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("data file " + RESOURCE_ROOT + name + " is missing from the jar; rebuild it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE_ROOT + name, e);
    }
  }

  public static String file(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DataFileException(path.toString(), 0, "cannot be read (" + e.getClass().getSimpleName() + ")",
          "check that the path in revbridge.yaml is right and the file is readable by the service user");
    }
  }
}

package io.revbridge.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the playbook's files are read from: a folder on disk, or the defaults built into the app jar. */
public final class PlaybookFiles {
  /** Where the app jar keeps the repository's {@code mappings/playbook/} folder. */
  public static final String DEFAULTS_PREFIX = "revbridge-defaults/mappings/playbook";

  private final Path folder;
  private final String prefix;

  private PlaybookFiles(Path folder, String prefix) {
    this.folder = folder;
    this.prefix = prefix;
  }

  public static PlaybookFiles folder(Path folder) {
    return new PlaybookFiles(folder, null);
  }

  public static PlaybookFiles builtIn() {
    return new PlaybookFiles(null, DEFAULTS_PREFIX);
  }

  /** The location of a file for messages: a path, or {@code classpath:...}. */
  public String location(String relative) {
    return folder != null ? folder.resolve(relative).toString() : "classpath:" + prefix + "/" + relative;
  }

  /** The file's text, or empty when it does not exist. */
  public Optional<String> read(String relative) {
    try {
      if (folder != null) {
        Path file = folder.resolve(relative).normalize();
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
      }
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try (InputStream in = (loader == null ? PlaybookFiles.class.getClassLoader() : loader)
          .getResourceAsStream(prefix + "/" + relative)) {
        return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location(relative) + ": " + e.getMessage(), e);
    }
  }
}

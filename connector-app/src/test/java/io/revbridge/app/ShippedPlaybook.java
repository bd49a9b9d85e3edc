package io.revbridge.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An editable copy of the shipped playbook folder (battle cards included), for tests that change one file. */
final class ShippedPlaybook {
  private ShippedPlaybook() {}

  static Path copyTo(Path to) throws IOException {
    Path from = Path.of("..", "mappings", "playbook");
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }
}

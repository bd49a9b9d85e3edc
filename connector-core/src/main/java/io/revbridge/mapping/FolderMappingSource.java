package io.revbridge.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Mapping files in a folder on disk; also used for class folders such as {@code target/classes}. */
final class FolderMappingSource implements MappingSource {
  private final Path folder;

  FolderMappingSource(Path folder) {
    this.folder = folder;
  }

  @Override
  public String description() {
    return folder.toString();
  }

  @Override
  public List<MappingFile> files() throws IOException {
    return list(folder, folder.toString());
  }

  /** @param locationPrefix what messages call the folder; file locations are this plus the relative path */
  static List<MappingFile> list(Path root, String locationPrefix) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "not a folder");
    }
    List<MappingFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root, 2)) {
      for (Path path : paths.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (MappingPaths.isMappingFile(relative)) {
          String location = locationPrefix.endsWith("/") ? locationPrefix + relative : locationPrefix + "/" + relative;
          files.add(new MappingFile(relative, location, Files.readString(path, StandardCharsets.UTF_8)));
        }
      }
    }
    return files;
  }
}

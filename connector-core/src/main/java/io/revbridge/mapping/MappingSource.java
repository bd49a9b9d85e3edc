package io.revbridge.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where mapping files come from. Only files one folder deep are mapping files
 * ({@code <crm>/<objectType>.yaml} or {@code .yml}); other files next to them (README, playbook) are ignored.
 */
public interface MappingSource {
  /** Where the app jar keeps the repository's {@code mappings/} folder. */
  String DEFAULTS_PREFIX = "revbridge-defaults/mappings";

  /** For messages: the folder path, or {@code classpath:<prefix>}. */
  String description();

  /**
   * Reads every mapping file, sorted by path.
   *
   * @throws IOException when the source cannot be listed or a file cannot be read
   */
  List<MappingFile> files() throws IOException;

  /** The mapping files under a folder on disk. */
  static MappingSource folder(Path folder) {
    return new FolderMappingSource(folder);
  }

  /**
   * The mapping files under a classpath prefix such as {@link #DEFAULTS_PREFIX}, from jars and from class
   * folders alike, using the thread's context class loader (or this library's, if there is none).
   */
  static MappingSource classpath(String prefix) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return classpath(prefix, loader == null ? MappingSource.class.getClassLoader() : loader);
  }

  static MappingSource classpath(String prefix, ClassLoader loader) {
    return new ClasspathMappingSource(prefix, loader);
  }

  /** Files given directly, e.g. a file being edited for {@code mappings preview}, or in tests. */
  static MappingSource of(String description, List<MappingFile> files) {
    List<MappingFile> copy = List.copyOf(files);
    return new MappingSource() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public List<MappingFile> files() {
        return copy;
      }
    };
  }
}

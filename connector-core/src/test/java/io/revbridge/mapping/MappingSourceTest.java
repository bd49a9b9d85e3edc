package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingSourceTest {
  private static final Path REPO_MAPPINGS = Path.of("..", "mappings");

  @TempDir
  Path temp;

  @Test
  void folderSourceReadsOnlyCrmObjectFiles() throws IOException {
    write(temp.resolve("hubspot/contacts.yaml"), "crm: hubspot");
    write(temp.resolve("salesforce/Lead.yml"), "crm: salesforce");
    write(temp.resolve("README.md"), "# docs");
    write(temp.resolve("playbook.yaml"), "scoring: {}");
    write(temp.resolve("playbook/lead-scoring.yaml"), "categoryMax: 25");
    write(temp.resolve("hubspot/notes.md"), "notes");
    write(temp.resolve("hubspot/old/contacts.yaml"), "crm: hubspot");

    List<MappingFile> files = MappingSource.folder(temp).files();

    assertThat(files).extracting(MappingFile::path).containsExactly("hubspot/contacts.yaml", "salesforce/Lead.yml");
    assertThat(files.get(0).location()).isEqualTo(temp + "/hubspot/contacts.yaml");
    assertThat(files.get(0).text()).isEqualTo("crm: hubspot");
  }

  @Test
  void classpathSourceReadsTheDefaultsFromAClassFolder() throws IOException {
    Path classes = temp.resolve("classes");
    copyRepoMappings(classes.resolve(MappingSource.DEFAULTS_PREFIX));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      MappingSet set = MappingLoader.load(MappingSource.classpath(MappingSource.DEFAULTS_PREFIX, loader));

      assertThat(set.forObject("hubspot", "contacts")).isPresent();
      assertThat(set.forObject("hubspot", "companies")).isPresent();
    }
  }

  @Test
  void classpathSourceReadsTheDefaultsFromTheAppJar() throws IOException {
    Path jar = temp.resolve("revbridge.jar");
    writeJar(jar, true);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      MappingSource source = MappingSource.classpath(MappingSource.DEFAULTS_PREFIX, loader);
      MappingSet set = MappingLoader.load(source);

      assertThat(set.all().stream().filter(m -> m.crm().equals("hubspot")))
          .extracting(ObjectMapping::objectType).containsExactly("companies", "contacts", "deals");
      assertThat(source.files().get(1).location()).isEqualTo("classpath:revbridge-defaults/mappings/hubspot/contacts.yaml");
    }
  }

  @Test
  void jarWithoutFolderEntriesIsStillListed() throws IOException {
    Path jar = temp.resolve("flat.jar");
    writeJar(jar, false);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      MappingSet set = MappingLoader.load(MappingSource.classpath("/" + MappingSource.DEFAULTS_PREFIX + "/", loader));

      assertThat(set.all()).hasSize(7);
    }
  }

  @Test
  void classpathWithoutMappingsSaysSo() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> MappingLoader.load(MappingSource.classpath("nothing/here", loader)))
          .isInstanceOf(MappingException.class)
          .hasMessageContaining("classpath:nothing/here: no mapping files found");
    }
  }

  private static void copyRepoMappings(Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(REPO_MAPPINGS)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        write(target.resolve(REPO_MAPPINGS.relativize(path).toString()), Files.readString(path));
      }
    }
  }

  /** The layout the app's shade plugin produces: the repo's mappings folder under revbridge-defaults/mappings/. */
  private static void writeJar(Path jar, boolean folderEntries) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> paths = Files.walk(REPO_MAPPINGS)) {
      if (folderEntries) {
        for (String folder : List.of("revbridge-defaults/", "revbridge-defaults/mappings/", "revbridge-defaults/mappings/hubspot/")) {
          zip.putNextEntry(new JarEntry(folder));
          zip.closeEntry();
        }
      }
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new JarEntry(MappingSource.DEFAULTS_PREFIX + "/" + REPO_MAPPINGS.relativize(path).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(path));
        zip.closeEntry();
      }
    }
  }

  private static void write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}

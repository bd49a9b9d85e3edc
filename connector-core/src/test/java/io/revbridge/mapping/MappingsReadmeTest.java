package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.transform.TransformRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The format reference in mappings/README.md names everything the engine accepts. */
class MappingsReadmeTest {
  private final String readme = read();

  private static String read() {
    try {
      return Files.readString(Path.of("..", "mappings", "README.md"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readmeDocumentsEveryKey() {
    MappingFileReader.KEYS.forEach(key -> assertThat(readme).contains("| `" + key + "` |"));
    FieldEntryReader.KEYS.forEach(key -> assertThat(readme).contains("| `" + key + "` |"));
    FieldEntryReader.DIRECTIONS.forEach(direction -> assertThat(readme).contains("`" + direction + "`"));
  }

  @Test
  void readmeDocumentsEveryTransform() {
    TransformRegistry.defaults().names().forEach(name -> assertThat(readme).contains("| `" + name + "` |"));
  }

  @Test
  void readmeDocumentsEveryCanonicalTargetAndOutboundSource() {
    for (CanonicalKind kind : CanonicalKind.values()) {
      assertThat(readme).contains("### " + kind.yamlName());
      kind.targets().keySet().forEach(target -> assertThat(readme).as(kind + " target").contains("`" + target + "`"));
    }
    OutboundSource.paths().forEach(source -> assertThat(readme).contains("| `" + source + "` |"));
  }
}

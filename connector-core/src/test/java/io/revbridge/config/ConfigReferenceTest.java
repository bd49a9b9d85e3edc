package io.revbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReferenceTest {
  @Test
  void configReferenceDocIsUpToDate() throws IOException {
    Path doc = ConfigReference.repositoryRoot(Path.of("")).resolve(ConfigReference.DOC);

    assertThat(Files.exists(doc) ? Files.readString(doc) : "")
        .as("docs/config-reference.md differs from what RevbridgeKeys generates; regenerate it from the "
            + "repository root with:\n  " + ConfigReference.REGENERATE_COMMAND + "\n")
        .isEqualTo(ConfigReference.markdown());
  }

  @Test
  void referenceHasOneRowPerDeclaredKeyWithTypeAndDefault() {
    String markdown = ConfigReference.markdown();

    assertThat(markdown.lines().filter(l -> l.startsWith("| `"))).hasSize(RevbridgeKeys.DEF.keys().size());
    assertThat(markdown).contains("| `server.port` | integer | `8080` | TCP port the server listens on. From 1 to 65535. |");
    assertThat(markdown).contains("| `connections[].objects` | list | `[contacts]` for hubspot, `[Lead]` for salesforce |");
    assertThat(markdown).contains("| `connections[].accessToken` | secret | — |");
  }

  @Test
  void mainRewritesTheFileItIsGiven(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("ref.md"), "stale");

    ConfigReference.main(new String[] {target.toString()});

    assertThat(Files.readString(target)).isEqualTo(ConfigReference.markdown());
  }
}

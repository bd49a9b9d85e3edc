package io.revbridge.config;

import static io.revbridge.config.ConfigTesting.ENV;
import static io.revbridge.config.ConfigTesting.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the file as a whole: missing, empty, not YAML, not a map. */
class ConfigFileErrorsTest {
  @TempDir Path dir;

  @Test
  void missingFileNamesItsPath() {
    Path file = dir.resolve("revbridge.yaml");

    ConfigProblem problem = onlyProblemOf(file);

    assertThat(problem.file()).isEqualTo(file.toString());
    assertThat(problem.line()).isZero();
    assertThat(problem.message()).isEqualTo("file not found: " + file.toAbsolutePath());
    assertThat(problem.fix()).contains("docs/revbridge.example.yaml");
    assertThat(problem).hasToString(file + ": file not found: " + file.toAbsolutePath() + " — " + problem.fix());
  }

  @Test
  void folderGivenAsTheFileIsRefused() {
    assertThat(onlyProblemOf(dir).message()).isEqualTo(dir.toAbsolutePath() + " is a folder, not a file");
  }

  @Test
  void emptyFileNamesItsPath() throws IOException {
    Path file = Files.writeString(dir.resolve("revbridge.yaml"), "# only a comment\n\n");

    ConfigProblem problem = onlyProblemOf(file);

    assertThat(problem.message()).isEqualTo(file.toAbsolutePath() + " is empty");
    assertThat(problem.fix()).contains("`connections:`");
  }

  @Test
  void fileThatIsNotUtf8IsRefused() throws IOException {
    Path file = Files.write(dir.resolve("revbridge.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});

    assertThat(onlyProblemOf(file).message()).endsWith("is not UTF-8 text");
  }

  @Test
  void badIndentationGivesTheParsersLineAndColumnInPlainWords() {
    ConfigProblem problem = onlyProblem("""
        connections:
          - name: hubspot
            crm: hubspot
           accessToken: ${HUBSPOT_ACCESS_TOKEN}
        """, dir);

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(4);
    assertThat(problem.key()).isEmpty();
    assertThat(problem.message()).isEqualTo("this line's indentation does not match the lines around it");
    assertThat(problem.fix()).contains("align it");
  }

  @Test
  void valueContainingColonSpaceMustBeQuoted() {
    ConfigProblem problem = onlyProblem("store:\n  url: jdbc:h2:file: ./x\n", dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).isEqualTo("a `key: value` is not allowed here");
    assertThat(problem.fix()).contains("quote a value");
  }

  @Test
  void tabIndentationIsNamedAsSuch() {
    ConfigProblem problem = onlyProblem("connections:\n\t- name: hubspot\n", dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).isEqualTo("a tab is used for indentation");
    assertThat(problem.fix()).isEqualTo("indent with spaces only");
  }

  @Test
  void unclosedQuoteIsReported() {
    ConfigProblem problem = onlyProblem("connections:\n  - name: \"hubspot\n", dir);

    assertThat(problem.message()).isEqualTo("the file ends inside a quote or bracket");
  }

  @Test
  void syntaxErrorMessageNeverQuotesTheLine() {
    ConfigProblem problem = onlyProblem("""
        connections:
          - name: hubspot
            accessToken: pat-na1-written-by-mistake
           crm: hubspot
        """, dir);

    assertThat(problem.toString()).doesNotContain("pat-na1");
  }

  @Test
  void listAtTheTopOfTheFileIsAWrongType() {
    ConfigProblem problem = onlyProblem("- name: hubspot\n  crm: hubspot\n", dir);

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.message()).isEqualTo("expected `key: value` settings at the top of the file, got a list");
  }

  @Test
  void twoYamlDocumentsInOneFileAreRefused() {
    ConfigProblem problem = onlyProblem(ConfigTesting.MINIMAL + "---\nserver:\n  port: 1\n", dir);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.message()).isEqualTo("the file holds more than one YAML document");
  }

  private static ConfigProblem onlyProblemOf(Path file) {
    ConfigException[] thrown = new ConfigException[1];
    assertThatThrownBy(() -> ConfigLoader.load(file, ENV)).isInstanceOfSatisfying(ConfigException.class, e -> thrown[0] = e);
    assertThat(thrown[0].problems()).hasSize(1);
    return thrown[0].problems().get(0);
  }
}

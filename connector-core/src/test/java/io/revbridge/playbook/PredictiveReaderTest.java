package io.revbridge.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.Person;
import io.revbridge.predictive.PredictiveSettings;
import io.revbridge.predictive.ScoreSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictiveReaderTest {
  @TempDir
  Path temp;

  private Path shippedWith(String from, String to) throws IOException {
    String text = Files.readString(PlaybookLoaderTest.SHIPPED.resolve("predictive.yaml"));
    assertThat(text).contains(from);
    Files.writeString(temp.resolve("predictive.yaml"), text.replace(from, to));
    return temp;
  }

  @Test
  void theShippedFileKeepsTheRulesInCharge() {
    PredictiveSettings settings = PlaybookLoader.load(Optional.of(PlaybookLoaderTest.SHIPPED)).predictive();
    assertThat(settings.leads().use()).isEqualTo(ScoreSource.RULES);
    assertThat(settings.training().minPositives()).isEqualTo(200);
    assertThat(settings.training().minNegatives()).isEqualTo(200);
  }

  @Test
  void anAdminsBlendMinimumsAndOutcomesAreUsed() throws IOException {
    shippedWith("  use: rules\n  blendWeight: 0.5           # 0..1", "  use: blend\n  blendWeight: 0.7           # 0..1");
    String text = Files.readString(temp.resolve("predictive.yaml"))
        .replace("minPositives: 200", "minPositives: 50")
        .replace("model: logistic ", "model: GBT ").replace("trees: 150", "trees: 40")
        .replace("leadStatuses: [UNQUALIFIED, Closed - Not Converted]", "leadStatuses: [Junk]");
    Files.writeString(temp.resolve("predictive.yaml"), text);

    PredictiveSettings settings = PlaybookLoader.load(Optional.of(temp)).predictive();

    assertThat(settings.leads().use()).isEqualTo(ScoreSource.BLEND);
    assertThat(settings.leads().blendWeight()).isEqualTo(0.7);
    assertThat(settings.leads().inCharge(40, 90)).isEqualTo(75);
    assertThat(settings.training().minPositives()).isEqualTo(50);
    assertThat(settings.training().model()).isEqualTo("gbt");
    assertThat(settings.training().trees()).isEqualTo(40);
    assertThat(settings.training().depth()).isEqualTo(3);
    assertThat(settings.outcomes().of(person("lead", "junk"))).contains(false);
    assertThat(settings.outcomes().of(person("customer", "junk"))).contains(true);
    assertThat(settings.outcomes().of(person("lead", "UNQUALIFIED"))).isEmpty();
  }

  @Test
  void badValuesAreReportedWithFileLineKeyAndFix() throws IOException {
    shippedWith("blendWeight: 0.5           # 0..1", "blendWeight: 1.5           # 0..1");
    String text = Files.readString(temp.resolve("predictive.yaml")).replace("calibration: platt", "calibration: magic")
        .replace("model: logistic ", "model: forest ").replace("depth: 3 ", "depth: 30 ");
    Files.writeString(temp.resolve("predictive.yaml"), text);

    assertThatThrownBy(() -> PlaybookLoader.load(Optional.of(temp)))
        .isInstanceOf(PlaybookException.class)
        .hasMessageContaining("predictive.yaml:")
        .hasMessageContaining("leads.blendWeight` is 1.5, outside 0.0 to 1.0")
        .hasMessageContaining("`training.calibration` cannot be `magic`")
        .hasMessageContaining("use platt")
        .hasMessageContaining("`training.model` cannot be `forest`")
        .hasMessageContaining("use logistic (L2 logistic regression) or gbt")
        .hasMessageContaining("training.depth");
  }

  private static Person person(String lifecycle, String status) {
    return new Person(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        lifecycle, status, null, null, null, null, null, null);
  }
}

package io.revbridge.enrichment.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.enrichment.data.DataFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleRuleLoaderTest {
  @Test
  void everyBadLineIsReportedWithFileLineAndFix() {
    String text = """
        phrase,seniority,department,role,priority
        # comment
        chief wizard,C_LEVEL,,,
        boss,BOSS,,,
        sales ninja,,SELLING,,
        guru,,,,
        lead*er,MANAGER,,,
        captain,MANAGER,,,high
        """;

    assertThatThrownBy(() -> TitleRuleLoader.parse(text, "my-rules.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("my-rules.csv:4: unknown seniority 'BOSS'; use one of [C_LEVEL, VP, DIRECTOR")
        .hasMessageContaining("my-rules.csv:5: unknown department 'SELLING'")
        .hasMessageContaining("my-rules.csv:6: rule 'guru' says nothing; fill at least one of seniority")
        .hasMessageContaining("my-rules.csv:7: word 'lead*er'")
        .hasMessageContaining("my-rules.csv:8: priority 'high' is not a whole number")
        .satisfies(e -> assertThat(((DataFileException) e).problems()).hasSize(5));
  }

  @Test
  void anUnclosedQuoteFailsOnItsOwnLine() {
    assertThatThrownBy(() -> TitleRuleLoader.parse("phrase,seniority\n\"vp, sales,VP\nceo,C_LEVEL\n", "my-rules.csv"))
        .hasMessage("my-rules.csv:2: a quoted cell is not closed; end the cell with a double quote, and write a quote "
            + "inside it as \"\"");
  }

  @Test
  void anAdminFileExtendsAndOverridesTheShippedRules(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("our-titles.csv");
    Files.writeString(mine, """
        phrase,seniority,department,role,priority
        chief wizard,C_LEVEL,ENGINEERING,,
        account manager,MANAGER,SALES,INFLUENCER,55
        """);
    TitleClassifier classifier = new TitleClassifier(TitleRuleLoader.builtInPlus(mine));

    TitleProfile wizard = classifier.classify("Chief Wizard");
    TitleProfile accountManager = classifier.classify("Account Manager");

    assertThat(wizard.department()).isEqualTo(Department.ENGINEERING);
    assertThat(wizard.rule()).isEqualTo(mine + ":2");
    assertThat(accountManager.seniority()).isEqualTo(Seniority.MANAGER);
    assertThat(accountManager.role()).isEqualTo(BuyingRole.INFLUENCER);
  }

  @Test
  void theShippedRulesLoadAndNameTheirLine() {
    List<TitleRule> rules = TitleRuleLoader.builtIn();

    assertThat(rules).hasSizeGreaterThan(300);
    assertThat(TitleClassifier.builtIn().classify("CEO").rule()).startsWith("title-rules.csv:");
  }
}

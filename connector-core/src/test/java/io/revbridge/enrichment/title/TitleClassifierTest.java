package io.revbridge.enrichment.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleClassifierTest {
  private final TitleClassifier classifier = TitleClassifier.builtIn();

  @Test
  void anAssistantToTheCeoIsNotADecisionMaker() {
    TitleProfile profile = classifier.classify("Executive Assistant to the CEO");

    assertThat(profile.role()).isEqualTo(BuyingRole.USER);
    assertThat(profile.seniority()).isEqualTo(Seniority.INDIVIDUAL_CONTRIBUTOR);
  }

  @Test
  void aWordInsideALongerPhraseDoesNotSpeakForItself() {
    assertThat(classifier.classify("Vice President of Engineering").seniority()).isEqualTo(Seniority.VP);
    assertThat(classifier.classify("Product Owner").role()).isEqualTo(BuyingRole.INFLUENCER);
  }

  @Test
  void aBlankOrMissingTitleIsUnknownWithNoConfidence() {
    assertThat(classifier.classify(null)).isEqualTo(TitleProfile.UNKNOWN);
    assertThat(classifier.classify("  ")).isEqualTo(TitleProfile.UNKNOWN);
  }

  @Test
  void anUnrecognisedTitleIsUnknownBelowTheDefaultThreshold() {
    TitleProfile profile = classifier.classify("Galactic Overlord");

    assertThat(profile.role()).isEqualTo(BuyingRole.UNKNOWN);
    assertThat(profile.seniorityConfidence()).isLessThan(0.5);
  }

  @Test
  void tokensDropAccentsCaseAndPunctuation() {
    assertThat(TitleTokens.of("Geschäftsführerin, Vertrieb & Marketing"))
        .containsExactly("geschaftsfuhrerin", "vertrieb", "marketing");
    assertThat(TitleTokens.of("Dir. Co-Founder")).containsExactly("dir", "co", "founder");
    assertThat(TitleTokens.of("Генеральный директор")).containsExactly("генеральныи", "директор");
    assertThat(TitleTokens.of("Straße")).isEqualTo(List.of("strasse"));
  }

  @Test
  void ofTwoWildcardPhrasesMatchingTheSameWordTheEarlierRuleNamesTheDepartment() {
    TitleRule suffix = new TitleRule(List.of(new TitleRule.WordPattern("entwicklung", TitleRule.WordPattern.Kind.SUFFIX)),
        null, Department.ENGINEERING, null, 0, "a:1");
    TitleRule prefix = new TitleRule(List.of(new TitleRule.WordPattern("vertrieb", TitleRule.WordPattern.Kind.PREFIX)),
        null, Department.SALES, null, 0, "a:2");

    assertThat(new TitleClassifier(List.of(suffix, prefix)).classify("Vertriebsentwicklung").department())
        .isEqualTo(Department.ENGINEERING);
    assertThat(new TitleClassifier(List.of(prefix, suffix)).classify("Vertriebsentwicklung").department())
        .isEqualTo(Department.SALES);
  }
}

package io.revbridge.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndustriesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "COMPUTER_SOFTWARE | COMPUTER_SOFTWARE | Computer Software",
      "Information Technology & Services | INFORMATION_TECHNOLOGY_AND_SERVICES | Information Technology & Services",
      "'  __Banking--  ' | BANKING | __Banking--",
      "IT&SERVICES | IT_AND_SERVICES | It and Services",
      "Café 2.0 | CAF_2_0 | Café 2.0"})
  void oneComparableKeyAndWordsForReasons(String industry, String key, String display) {
    assertThat(Industries.key(industry)).isEqualTo(key);
    assertThat(Industries.display(industry)).isEqualTo(display);
  }
}

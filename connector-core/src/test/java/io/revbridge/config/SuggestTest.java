package io.revbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  private static final List<String> KEYS = List.of("name", "crm", "baseUrl", "accessToken", "clientSecret", "objects");

  @Test
  void caseSlipsAndSmallTyposFindTheKey() {
    assertThat(Suggest.closest("baseurl", KEYS)).contains("baseUrl");
    assertThat(Suggest.closest("acessToken", KEYS)).contains("accessToken");
    assertThat(Suggest.closest("objetcs", KEYS)).contains("objects");
  }

  @Test
  void unrelatedWordsGetNoSuggestion() {
    assertThat(Suggest.closest("colour", KEYS)).isEmpty();
    assertThat(Suggest.closest("x", KEYS)).isEmpty();
  }

  @Test
  void swappedLettersCountAsOneEdit() {
    assertThat(Suggest.distance("objetcs", "objects")).isEqualTo(1);
  }
}

package io.revbridge.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void everyCharacterThatCouldOpenMarkupOrAnAttributeIsEscaped() {
    assertThat(Html.esc("<script>alert(\"x\")</script> & 'y'"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    assertThat(Html.esc(null)).isEmpty();
  }

  @Test
  void aTimeCarriesItsInstantForTheViewersZoneAndReadsInUtcWithoutScript() {
    assertThat(Html.time(Instant.parse("2026-03-02T09:15:30.123Z")))
        .isEqualTo("<time datetime=\"2026-03-02T09:15:30Z\">2026-03-02 09:15 UTC</time>");
  }

  @Test
  void aUrlComponentIsPercentEncoded() {
    assertThat(Html.url("a b/\"<c>")).isEqualTo("a%20b%2F%22%3Cc%3E");
  }
}

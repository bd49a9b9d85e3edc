package io.revbridge.hubspot.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every test vector of api-notes §7, hash only: freshness is tested in the verifier's test. */
class HubSpotSignaturesTest {
  static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
  static final String URL = "https://www.example.com/webhook_uri";
  static final String ROW_1_BODY =
      "[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,\"occurredAt\":1564113600000,"
          + "\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,\"objectId\":123,"
          + "\"changeSource\":\"CRM\",\"changeFlag\":\"NEW\",\"appId\":54321}]";
  static final String SINGLE_QUOTED = "{'example_field':'example_value'}";
  static final String DOUBLE_QUOTED = "{\"example_field\":\"example_value\"}";

  @Test
  void row1V1MatchesHubSpotsDocumentedExample() {
    assertThat(HubSpotSignatures.v1(SECRET, ROW_1_BODY.getBytes(UTF_8)))
        .isEqualTo("232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de");
  }

  @Test
  void row2V1OverASingleQuotedBody() {
    assertThat(HubSpotSignatures.v1(SECRET, SINGLE_QUOTED.getBytes(UTF_8)))
        .isEqualTo("69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750");
  }

  @Test
  void row3V2OverAPost() {
    assertThat(HubSpotSignatures.v2(SECRET, "POST", URL, DOUBLE_QUOTED.getBytes(UTF_8)))
        .isEqualTo("9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900");
  }

  @Test
  void row4V2OverASingleQuotedPost() {
    assertThat(HubSpotSignatures.v2(SECRET, "POST", URL, SINGLE_QUOTED.getBytes(UTF_8)))
        .isEqualTo("4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383");
  }

  @Test
  void row5V2OverAGetWithAnEmptyBody() {
    assertThat(HubSpotSignatures.v2(SECRET, "GET", URL, new byte[0]))
        .isEqualTo("eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e");
  }

  @ParameterizedTest(name = "row {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "6 | {'example_field':'example_value'} | K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=",
    "7 | \"{\"\"example_field\"\":\"\"example_value\"\"}\" | oaA3M5dEtt6kFsseJD/Hv/x+JNl1vsoxFj4oxmwP6Go=",
  })
  void rows6And7V3(int row, String body, String expected) {
    assertThat(HubSpotSignatures.v3(SECRET, "POST", URL, body.getBytes(UTF_8), "1693657560000"))
        .isEqualTo(expected);
  }

  @Test
  void row8V3OverTheRow1Body() {
    assertThat(HubSpotSignatures.v3(SECRET, "POST", URL, ROW_1_BODY.getBytes(UTF_8), "1693657560000"))
        .isEqualTo("ecWWq6SLunL3htE3leWhW3cjrE6R0rZmBOcQ2bf4D40=");
  }

  @Test
  void v3HashesTheTimestampAsSentNotAsANumber() {
    byte[] body = DOUBLE_QUOTED.getBytes(UTF_8);
    assertThat(HubSpotSignatures.v3(SECRET, "POST", URL, body, "1693657560000.0"))
        .isNotEqualTo("oaA3M5dEtt6kFsseJD/Hv/x+JNl1vsoxFj4oxmwP6Go=");
  }

  @Test
  void v3DecodesExactlyTheEscapesOfHubSpotsTable() {
    assertThat(HubSpotSignatures.decodeV3Uri(
            "https%3A%2F%2Fx.io%2Fhook%3Fa%3Db%40c%21%24%27%28%29%2A%2C%3B%2f%3a"))
        .isEqualTo("https://x.io/hook?a%3Db@c!$'()*,;/:");
    assertThat(HubSpotSignatures.decodeV3Uri("https://x.io/a%20b%25c%")).isEqualTo("https://x.io/a%20b%25c%");
  }

  @Test
  void v3OverAnEscapedUrlEqualsV3OverTheDecodedUrl() {
    byte[] body = DOUBLE_QUOTED.getBytes(UTF_8);
    assertThat(HubSpotSignatures.v3(SECRET, "POST", "https%3A%2F%2Fwww.example.com%2Fwebhook_uri", body,
            "1693657560000"))
        .isEqualTo("oaA3M5dEtt6kFsseJD/Hv/x+JNl1vsoxFj4oxmwP6Go=");
  }

  // Vectors computed independently with Python's hmac/hashlib over the UTF-8 bytes (see the report).
  static final String URL_WITH_QUERY =
      "https://www.example.com/webhook_uri?portal=62515&redirect=https%3A%2F%2Fexample.com%2Fx";
  static final String NON_ASCII_BODY =
      "[{\"objectId\":123,\"propertyName\":\"firstname\",\"propertyValue\":\"Zo\u00eb M\u00fcller-\u0141ukasz \u65e5\u672c\"}]";

  @Test
  void v3OverAUrlWithAQueryStringAndANonAsciiBodyDecodesOnlyHubSpotsEscapes() {
    String signature = HubSpotSignatures.v3(SECRET, "POST", URL_WITH_QUERY, NON_ASCII_BODY.getBytes(UTF_8),
        "1693657560000");

    assertThat(signature).isEqualTo("zDtY0lqroh+lVJTItJS3wuercu/yT+xDviBj6T1Uvfk=");
    assertThat(HubSpotSignatures.decodeV3Uri(URL_WITH_QUERY))
        .isEqualTo("https://www.example.com/webhook_uri?portal=62515&redirect=https://example.com/x");
    assertThat(signature).as("hashing the URI as received would not match")
        .isNotEqualTo("Zc4YTYzcD6Z/XwVzu0ddXmkjEee70NQbzCxWzG3AaDc=");
  }

  @Test
  void v2OverAUrlWithAQueryStringAndANonAsciiBodyHashesTheUriAsSent() {
    assertThat(HubSpotSignatures.v2(SECRET, "POST", URL_WITH_QUERY, NON_ASCII_BODY.getBytes(UTF_8)))
        .isEqualTo("54c8fbe9816909f11b38fc35ca07d7a6cdfe9efef657b3dfb1e74993fdbaf644");
  }

  @Test
  void v1OverANonAsciiBodyHashesItsUtf8Bytes() {
    assertThat(HubSpotSignatures.v1(SECRET, NON_ASCII_BODY.getBytes(UTF_8)))
        .isEqualTo("9571bcd7889962eb352676a6a9fdffe09653d50f18c736b3b249c862b400ce4f");
  }
}

package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} reports Revbridge's fields; {@code check --fix} creates the missing ones and leaves others alone. */
class CheckFixIT {
  @TempDir Path folder;

  @Test
  void checkReportsMissingFieldsAndFixCreatesThemInTheRevbridgeGroup() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(5))) {
      Cli before = fx.cli("check");
      Cli fix = fx.cli("check", "--fix");
      Cli after = fx.cli("check");

      assertThat(before.out()).contains("○ field contacts.revbridge_score missing: not in HubSpot yet; Revbridge creates it"
          + " as number/number in the property group Revbridge when field creation runs (the first sync, or check --fix)");
      assertThat(fix.exitCode()).as(fix.out() + fix.err()).isZero();
      assertThat(fix.out()).contains("field contacts.revbridge_score created: created in group revbridge");
      assertThat(after.out()).contains("field contacts.revbridge_score exists").doesNotContain("missing");
      assertThat(property(fx, "revbridge_score")).contains("\"groupName\":\"revbridge\"").contains("\"type\":\"number\"");
    }
  }

  @Test
  void aFieldOfTheWrongTypeIsReportedAndNeverChanged() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(5))) {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.sandbox.baseUrl() + "/crm/v3/properties/contacts"))
          .header("Authorization", "Bearer " + fx.sandbox.accessToken()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"revbridge_score\",\"label\":\"Score (ours)\","
              + "\"type\":\"string\",\"fieldType\":\"text\",\"groupName\":\"contactinformation\"}")).build(),
          HttpResponse.BodyHandlers.ofString());

      Cli fix = fx.cli("check", "--fix");

      assertThat(fix.exitCode()).isEqualTo(1);
      assertThat(fix.out()).contains("✗ field contacts.revbridge_score: exists in HubSpot with type string but"
          + " Revbridge writes number");
      assertThat(fix.lastLine()).startsWith("check failed");
      assertThat(property(fx, "revbridge_score")).contains("\"type\":\"string\"").contains("Score (ours)");
    }
  }

  @Test
  void checkShowsTheDailyUsageAndAPauseWhenTheDailyLimitIsSpent() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(5))) {
      fx.sandbox.dailyLimit(1_000);
      Cli usage = fx.cli("check");
      fx.sandbox.dailyLimit(0);
      Cli spent = fx.cli("check");

      assertThat(usage.out()).containsPattern("✓ API usage: daily limit: \\d of 1,000 used");
      assertThat(spent.exitCode()).isEqualTo(1);
      assertThat(spent.out()).contains("daily API limit").containsPattern("✗ API usage: paused until \\S+ \\(daily limit\\)");
    }
  }

  private static String property(SandboxFixture fx, String name) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(fx.sandbox.baseUrl() + "/crm/v3/properties/contacts/" + name))
        .header("Authorization", "Bearer " + fx.sandbox.accessToken()).build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}

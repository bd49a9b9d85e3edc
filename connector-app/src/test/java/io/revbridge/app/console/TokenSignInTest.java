package io.revbridge.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.Secret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenSignInTest {
  final TokenSignIn signIn = new TokenSignIn(Secret.of("admin-s3cret"), Optional.of(Secret.of("viewer-s3cret")));

  @Test
  void theAdminTokenGivesEveryRightAndTheViewerTokenNone() {
    assertThat(signIn.verify("admin-s3cret")).get().extracting(v -> v.role().mayAct()).isEqualTo(true);
    assertThat(signIn.verify(" viewer-s3cret\n")).get().extracting(Viewer::role).isEqualTo(Role.VIEWER);
  }

  @Test
  void anythingElseSignsInNobody() {
    assertThat(signIn.verify("admin-s3cre")).isEmpty();
    assertThat(signIn.verify("")).isEmpty();
    assertThat(signIn.verify(null)).isEmpty();
    assertThat(new TokenSignIn(Secret.of("admin-s3cret"), Optional.empty()).verify("viewer-s3cret")).isEmpty();
  }

  @Test
  void afterSignInOnlyAPathOfTheConsoleIsFollowed() {
    assertThat(Console.safeNext("/admin/records?q=a")).isEqualTo("/admin/records?q=a");
    assertThat(Console.safeNext("https://evil.example/admin")).isEqualTo("/admin");
    assertThat(Console.safeNext("//evil.example/admin")).isEqualTo("/admin");
    assertThat(Console.safeNext("/admin/logout")).isEqualTo("/admin");
    assertThat(Console.safeNext(null)).isEqualTo("/admin");
  }
}

package io.revbridge.app.console;

import java.util.Optional;

/**
 * Turns what a person typed on the sign-in form into who they are. The token implementation compares against the
 * configured secrets; an OIDC sign-in would replace the form with a redirect and implement this for the callback.
 */
public interface SignIn {
  /** Who this credential belongs to, or empty when it is wrong (never says which part was wrong). */
  Optional<Viewer> verify(String credential);
}

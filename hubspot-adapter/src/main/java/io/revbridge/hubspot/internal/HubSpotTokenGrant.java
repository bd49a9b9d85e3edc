package io.revbridge.hubspot.internal;

import io.revbridge.spi.Secret;
import java.time.Duration;

/** What HubSpot's token endpoint handed out: an access token, its lifetime and the refresh token to keep. */
public record HubSpotTokenGrant(Secret accessToken, Secret refreshToken, Duration expiresIn) {}

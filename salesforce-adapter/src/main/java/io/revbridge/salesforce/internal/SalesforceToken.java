package io.revbridge.salesforce.internal;

import io.revbridge.spi.Secret;

/** An OAuth access token and the instance it is valid on. {@code toString} never shows the token. */
public record SalesforceToken(Secret accessToken, String instanceUrl) {}

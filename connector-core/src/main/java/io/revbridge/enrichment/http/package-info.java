/**
 * The generic HTTP JSON provider: how a user plugs in their enrichment vendor with a URL template, an auth header and
 * JSON pointers, with timeout, rate limit and retry. Built on the JDK's HTTP client so the core stays light.
 */
package io.revbridge.enrichment.http;

/** The runnable Revbridge: CLI verbs, the HTTP server (webhooks, health, metrics) and the wiring of the parts. */
package io.revbridge.app;

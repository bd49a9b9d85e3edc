/** The admin console: server-rendered pages over what the admin API and the store already know, under {@code /admin}. */
package io.revbridge.app.console;

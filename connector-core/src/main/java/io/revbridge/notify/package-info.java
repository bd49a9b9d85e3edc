/**
 * Notifications to people outside the CRM (Slack, a JSON webhook): queued durably by the pipeline, sent apart from
 * it with retries and a rate limit, so a slow or failing chat service never holds back routing or CRM writes.
 */
package io.revbridge.notify;

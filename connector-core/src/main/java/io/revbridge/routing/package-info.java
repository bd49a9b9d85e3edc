/**
 * Routing: which team and rep get a lead, from the routing playbook ({@code playbook/routing.yaml}). The rule
 * engine is pure; the weighted round robin keeps its pointer and per-rep counts in the store.
 */
package io.revbridge.routing;

package io.revbridge.routing;

/** A rep the round robin may choose: the CRM owner, the rep's weight and capacity (most open leads). */
public record Slot(String ownerId, int weight, int capacity) {}

package io.revbridge.sandbox.hubspot;

/** One requested association of a record being created: the target's type (from the type id) and id. */
record AssociationInput(ObjectType toType, String toId, int typeId) {}

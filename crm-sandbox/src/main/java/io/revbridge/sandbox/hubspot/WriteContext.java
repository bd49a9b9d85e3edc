package io.revbridge.sandbox.hubspot;

/** Who is writing: the endpoint and request of an API call. UI edits pass {@code null} and are not logged. */
record WriteContext(String endpoint, String requestId) {}

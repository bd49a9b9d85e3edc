package io.revbridge.mapping;

/**
 * One mapping file's text.
 *
 * @param path relative to the mapping root, always with {@code /}: {@code hubspot/contacts.yaml}
 * @param location where it was read from, for messages: a file path or {@code classpath:...}
 * @param text the YAML
 */
public record MappingFile(String path, String location, String text) {}

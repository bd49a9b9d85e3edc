/**
 * Value transforms for field mappings: small, composable steps ({@code trim}, {@code integer}, {@code ref}, ...)
 * kept in a {@link io.revbridge.mapping.transform.TransformRegistry} so new ones are added without touching
 * the mapping engine.
 */
package io.revbridge.mapping.transform;

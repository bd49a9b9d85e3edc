package io.revbridge.mapping;

import io.revbridge.mapping.transform.Transform;
import io.revbridge.mapping.transform.TransformType;

/** A transform as read from a file, with its type (for load-time checks) and where it was written. */
record ConfiguredTransform(TransformType type, Transform transform, YamlNode.Mark mark, String key) {}

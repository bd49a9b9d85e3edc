package io.revbridge.mapping.transform;

/**
 * One configured step of a field mapping, e.g. {@code truncate: 65000}. Instances are immutable and shared
 * by every thread that maps records.
 */
@FunctionalInterface
public interface Transform {
  /**
   * @param value the value so far: the CRM text for the first step, {@code null} when the field is empty
   * @return the new value; {@code null} means "no value"
   * @throws BadValueException when the value cannot be transformed; the engine reports it for this record only
   */
  Object apply(Object value, TransformContext context);
}

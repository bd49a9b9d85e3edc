package io.revbridge.sandbox.hubspot;

import java.util.List;

/**
 * A property definition before it is given a storage slot: the static standard/custom list, or a body
 * posted to {@code POST /crm/v3/properties/{type}}. {@code options} are enumeration values; their labels
 * are derived from the value unless {@code optionLabels} gives them (same order).
 */
record PropertySpec(
    String name,
    String label,
    String type,
    String fieldType,
    String groupName,
    String description,
    List<String> options,
    List<String> optionLabels,
    boolean hubspotDefined,
    boolean readOnly,
    Derived derived) {

  static PropertySpec standard(String name, String label, String type, String fieldType, String group) {
    return new PropertySpec(name, label, type, fieldType, group, "", List.of(), List.of(), true, false, Derived.NONE);
  }

  static PropertySpec derived(String name, String label, String type, String fieldType, String group, Derived d) {
    return new PropertySpec(name, label, type, fieldType, group, "", List.of(), List.of(), true, true, d);
  }

  PropertySpec withOptions(List<String> values) {
    return new PropertySpec(name, label, type, fieldType, groupName, description, values, List.of(), hubspotDefined,
        readOnly, derived);
  }

  PropertySpec custom(String newDescription) {
    return new PropertySpec(name, label, type, fieldType, groupName, newDescription, options, optionLabels, false,
        readOnly, derived);
  }
}

package io.revbridge.app;

import io.revbridge.model.RecordRef;
import java.util.Map;

/**
 * What {@code mappings preview} shows for one record.
 *
 * @param canonical target path to value; empty when the record could not be mapped ({@code error} says why)
 * @param outbound CRM field to the value Revbridge would write; empty for objects Revbridge does not score
 * @param routeField the CRM field routing would fill when the record has no owner, else {@code null}
 */
record PreviewRow(RecordRef ref, Map<String, String> crm, Map<String, Object> canonical, String error,
    Map<String, String> outbound, String routeField) {}

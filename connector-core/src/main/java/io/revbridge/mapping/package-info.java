/**
 * The mapping engine: turns CRM records into canonical records and Revbridge's results back into CRM field
 * values, as configured by one YAML file per CRM object ({@code mappings/<crm>/<objectType>.yaml}).
 * Loading reports every problem of every file at once; mapping reports a bad value per record.
 */
package io.revbridge.mapping;

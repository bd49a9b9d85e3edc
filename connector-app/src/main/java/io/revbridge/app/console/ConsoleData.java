package io.revbridge.app.console;

import io.micrometer.core.instrument.MeterRegistry;
import io.revbridge.forecast.ForecastModel;
import io.revbridge.spi.CrmConnection;
import io.revbridge.store.Store;
import io.revbridge.sync.SyncHealthReader;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the pages read: the shared store, the live connections (API usage, pause), the in-process metrics (webhook
 * intake, write-back lag) and the playbook's forecast model. The pages only read; replay goes through
 * {@link io.revbridge.sync.DeadLetterReplay} like {@code dlq replay}.
 *
 * @param objects per connection, the CRM objects it syncs, in configuration order (the record search looks in each)
 * @param crms per connection, {@code hubspot} or {@code salesforce}
 * @param recordUrls per connection that has one, its {@code recordUrl} template
 * @param targets the playbook's sales targets (targets.yaml)
 */
public record ConsoleData(Store store, Map<String, CrmConnection> connections, Map<String, List<String>> objects,
    Map<String, String> crms, Map<String, String> recordUrls, SyncHealthReader health, MeterRegistry metrics, ForecastModel forecastModel,
    io.revbridge.routing.Targets targets, Clock clock) {}

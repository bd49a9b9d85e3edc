package io.revbridge.hubspot;

import io.revbridge.hubspot.internal.HubSpotClient;
import io.revbridge.hubspot.internal.HubSpotObjectType;
import io.revbridge.hubspot.internal.HubSpotOptions;
import io.revbridge.hubspot.internal.HubSpotTiming;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmAdapter;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The HubSpot CRM adapter ({@code crm: hubspot}). Stateless; {@link #open} validates the connection's
 * settings offline and builds its client, limiters and webhook verifier.
 *
 * <p>Options ({@code connections[].options}, all optional): {@code burstPer10s} (default 100),
 * {@code searchPerSecond} (4), {@code maxRetries} (5), {@code timeoutSeconds} (30).
 */
public final class HubSpotAdapter implements CrmAdapter {
  private final HubSpotTiming timing;

  /** For {@link java.util.ServiceLoader}. */
  public HubSpotAdapter() {
    this(HubSpotTiming.system());
  }

  /** With fake time, for tests. */
  HubSpotAdapter(HubSpotTiming timing) {
    this.timing = Objects.requireNonNull(timing, "timing");
  }

  @Override
  public String crm() {
    return "hubspot";
  }

  /** @throws IllegalArgumentException naming the setting to fix: bad option, base URL or object type */
  @Override
  public HubSpotConnection open(ConnectionSettings settings) {
    HubSpotOptions options = HubSpotOptions.parse(settings.name(), settings.options());
    HttpUrl baseUrl = HubSpotClient.baseUrl(settings.name(), settings.baseUrl().orElse(null));
    List<String> unsupported = settings.objects().stream()
        .filter(o -> HubSpotObjectType.byApiName(o).isEmpty())
        .toList();
    if (!unsupported.isEmpty()) {
      throw new IllegalArgumentException("connection '" + settings.name() + "': objects " + unsupported
          + " are not synced by the HubSpot adapter; use " + HubSpotObjectType.supported());
    }
    return new HubSpotConnection(settings, baseUrl, options, timing);
  }
}

package io.revbridge.app;

import io.revbridge.spi.CrmAdapter;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The CRM adapters on the classpath, by the {@code crm} value they serve. */
final class Adapters {
  private final Map<String, CrmAdapter> byCrm = new TreeMap<>();

  Adapters() {
    ServiceLoader.load(CrmAdapter.class).forEach(a -> byCrm.put(a.crm(), a));
  }

  CrmAdapter forCrm(String crm) {
    CrmAdapter adapter = byCrm.get(crm);
    if (adapter == null) {
      throw new IllegalStateException("no adapter for crm '" + crm + "' on the classpath; available: " + byCrm.keySet());
    }
    return adapter;
  }
}

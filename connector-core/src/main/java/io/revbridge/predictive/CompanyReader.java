package io.revbridge.predictive;

import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the companies records point at, in the adapter's batches, and maps them. A company that cannot be mapped
 * is left out: its records go without company facts, which the features name ("company size unknown").
 */
public final class CompanyReader {
  private CompanyReader() {}

  public static Map<RecordRef, Company> read(MappingSet mappings, CrmConnection connection, String crm,
      Collection<RecordRef> refs) {
    Map<String, Set<String>> idsByType = new LinkedHashMap<>();
    for (RecordRef ref : refs) {
      if (ref != null) {
        idsByType.computeIfAbsent(ref.objectType(), t -> new LinkedHashSet<>()).add(ref.id());
      }
    }
    Map<RecordRef, Company> companies = new LinkedHashMap<>();
    idsByType.forEach((type, ids) -> mappings.forObject(crm, type).ifPresent(m -> {
      for (CrmRecord r : connection.reader().read(type, List.copyOf(ids), m.inboundFields())) {
        try {
          companies.put(r.ref(), m.toCompany(r));
        } catch (RecordMappingException e) {
          // left out on purpose, see the class comment
        }
      }
    }));
    return companies;
  }
}

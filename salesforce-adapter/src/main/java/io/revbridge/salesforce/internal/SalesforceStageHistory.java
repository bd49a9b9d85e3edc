package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.sobject.SObject;
import io.revbridge.spi.StageChange;
import io.revbridge.spi.StageHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage changes of opportunities from {@code OpportunityHistory}, the standard object with one row per change of
 * an opportunity's stage, amount, close date or probability: {@code SELECT OpportunityId, StageName, CreatedDate FROM
 * OpportunityHistory WHERE OpportunityId IN (...) ORDER BY OpportunityId, CreatedDate}, 200 ids per query, following
 * queryMore. A row whose stage equals the row before it changed something else and is no stage change. Through the
 * connection's session, so counted and limited like every other call. Thread-safe (stateless).
 */
public final class SalesforceStageHistory implements StageHistory {
  static final String OBJECT = "Opportunity";

  private final SalesforceQueries queries;

  public SalesforceStageHistory(SalesforceSession session) {
    this.queries = new SalesforceQueries(session);
  }

  @Override
  public List<String> objectTypes() {
    return List.of(OBJECT);
  }

  @Override
  public Map<String, List<StageChange>> read(String objectType, List<String> ids) {
    if (!objectTypes().contains(objectType)) {
      throw new IllegalArgumentException("Salesforce keeps a stage history of opportunities only (OpportunityHistory),"
          + " not of " + objectType);
    }
    List<String> valid = ids.stream().filter(SalesforceSoql::isId).distinct().toList();
    Map<String, List<StageChange>> out = new LinkedHashMap<>();
    for (int from = 0; from < valid.size(); from += SalesforceRecordReader.CHUNK) {
      List<String> chunk = valid.subList(from, Math.min(valid.size(), from + SalesforceRecordReader.CHUNK));
      String soql = "SELECT OpportunityId, StageName, CreatedDate FROM OpportunityHistory WHERE OpportunityId IN "
          + SalesforceSoql.idList(chunk) + " ORDER BY OpportunityId, CreatedDate";
      for (SObject row : queries.all("read the stage history of " + chunk.size() + " opportunities", soql)) {
        Map<String, String> r = SalesforceRecords.fields(row);
        String opportunity = r.get("OpportunityId");
        String stage = r.get("StageName");
        String created = r.get("CreatedDate");
        if (opportunity == null || stage == null || stage.isBlank() || created == null) {
          continue;
        }
        out.computeIfAbsent(opportunity, k -> new ArrayList<>())
            .add(new StageChange(stage, SalesforceRecords.instant(created)));
      }
    }
    out.values().forEach(SalesforceStageHistory::keepStageChanges);
    return out;
  }

  /** Oldest first (the query asks for it; sorted again in case), without rows that left the stage as it was. */
  private static void keepStageChanges(List<StageChange> changes) {
    changes.sort(Comparator.comparing(StageChange::enteredAt));
    List<StageChange> kept = new ArrayList<>(changes.size());
    for (StageChange c : changes) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).stage().equals(c.stage())) {
        kept.add(c);
      }
    }
    changes.clear();
    changes.addAll(kept);
  }
}

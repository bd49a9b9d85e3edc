package io.revbridge.bench.e2e;

import java.io.PrintWriter;
import java.util.Locale;

/** The human-readable summary of a {@link BenchReport}, one measured figure per line. */
final class ReportTable {
  private ReportTable() {}

  static void print(BenchReport r, PrintWriter out) {
    BenchReport.Settings s = r.settings();
    BackfillResult b = r.backfill();
    SteadyResult st = r.steadyState();
    BenchReport.Resources res = r.revbridgeProcess();
    out.println();
    out.printf(Locale.ROOT, "Revbridge end-to-end benchmark: %,d contacts, burst %d/10 s, search %d/s, batch %d, "
        + "search page %d, latency %d ms; %d cores, %s%n", s.records(), s.burstPer10s(), s.searchPerSecond(),
        s.batchMax(), s.searchPageMax(), s.latencyMillis(), r.machine().cores(), r.machine().java());
    out.println("Store: " + s.store());
    if (!s.revbridgeSyncSettings().isEmpty()) {
      out.println("Sync settings: " + s.revbridgeSyncSettings());
    }
    out.println("| measure | value |");
    out.println("|---|---|");
    row(out, "backfill: contacts written back", "%,d of %,d (%,d tasks, %,d distinct companies)",
        b.contactsWritten(), b.contacts(), b.tasksCreated(), b.distinctCompanies());
    row(out, "backfill: time", "%.1f s", b.seconds());
    row(out, "backfill: records/s", "%.1f", b.recordsPerSecond());
    row(out, "backfill: rate-limit bound", "%.1f records/s (%d search calls = %.1f s, %d burst calls = %.1f s)",
        b.bound().recordsPerSecond(), b.bound().searchCalls(), b.bound().searchSeconds(), b.bound().burstCalls(),
        b.bound().burstSeconds());
    row(out, "backfill: ratio to bound", "%.1f %%", b.ratioToBound() * 100);
    row(out, "backfill: API calls / 429s", "%,d / %,d (%.2f %%)", b.apiCalls(), b.tooManyRequests(),
        b.tooManyRequestsShare() * 100);
    row(out, "backfill: CPU s per 1,000 records", "%.2f", b.cpuSecondsPer1000());
    if (b.storeCpuSeconds() > 0) {
      row(out, "backfill: store's own CPU s per 1,000 records", "%.2f", b.storeCpuSecondsPer1000());
    }
    row(out, "backfill: sandbox's CPU s per 1,000 records (this process, same cores)", "%.2f",
        b.sandboxCpuSecondsPer1000());
    row(out, "steady: events sent / webhooks accepted / writes landed", "%d / %d / %d at %d/s",
        st.eventsSent(), st.webhooksAccepted(), st.writesLanded(), st.eventsPerSecond());
    row(out, "steady: edit → write p50 / p95 / p99 / max", "%d / %d / %d / %d ms", st.latencyMillis().p50(),
        st.latencyMillis().p95(), st.latencyMillis().p99(), st.latencyMillis().max());
    row(out, "steady: CPU s per 1,000 events", "%.2f", st.cpuSecondsPer1000());
    row(out, "heap: peak used / peak live after GC", "%d MB / %d MB (%d GCs)", res.peakHeapUsedMb(),
        res.peakLiveHeapMb(), res.gcCount());
    NaiveResult n = r.naive();
    if (n != null) {
      row(out, "naive: records/s", "%.2f (over %,d records, %,d calls, %,d 429s)", n.recordsPerSecond(), n.records(),
          n.apiCalls(), n.tooManyRequests());
      row(out, n.extrapolated() ? "naive: time for N (extrapolated)" : "naive: time for N", "%.0f s",
          n.extrapolatedSecondsForN());
      row(out, "speed-up (Revbridge / naive)", "%.1fx", r.speedUp());
    }
    out.flush();
  }

  private static void row(PrintWriter out, String name, String format, Object... args) {
    out.println("| " + name + " | " + String.format(Locale.ROOT, format, args) + " |");
  }
}

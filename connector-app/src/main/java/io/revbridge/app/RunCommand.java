package io.revbridge.app;

import io.revbridge.app.console.AlertFeed;
import io.revbridge.app.console.AlertNotifier;
import io.revbridge.app.console.Console;
import io.revbridge.app.console.ConsoleData;
import io.revbridge.app.console.Sessions;
import io.revbridge.app.console.SignIn;
import io.revbridge.app.console.TokenSignIn;
import io.revbridge.config.ConnectionConfig;
import io.revbridge.forecast.ForecastModel;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.Targets;
import io.revbridge.routing.TargetsLoader;
import io.revbridge.sync.SyncHealthReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.playbook.PlaybookLoader;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "run", description = "Run continuously: poll on a schedule, receive webhooks, serve health and metrics.")
final class RunCommand implements Callable<Integer> {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(main.env());
    Revbridge rb = Revbridge.assemble(cfg, line -> out.println(line));
    Service service = Service.start(rb, "0.0.0.0", cfg.server().port(), out);
    out.println("revbridge running: http://127.0.0.1:" + service.port() + "/health; Ctrl-C stops it");
    out.flush();
    service.awaitShutdown();
    return RevbridgeMain.OK;
  }

  /** The long-running pieces of one Revbridge, stopped together by Ctrl-C (or {@link #close}). */
  static final class Service implements AutoCloseable {
    private final Revbridge rb;
    private final ContinuousSync sync;
    private final RevbridgeServer server;
    private final FollowThroughLoop followThrough;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private Service(Revbridge rb, ContinuousSync sync, RevbridgeServer server,
        FollowThroughLoop followThrough) {
      this.followThrough = followThrough;
      this.rb = rb;
      this.sync = sync;
      this.server = server;
    }

    static Service start(Revbridge rb, String host, int port, PrintWriter out) {
      SyncMetrics syncMetrics = new SyncMetrics(rb.metrics());
      rb.engine().onWriteBack(syncMetrics::writeBack);
      ResponseTimeMetrics responseTimes = new ResponseTimeMetrics(rb.metrics(),
          Revbridge.loadRoutingPlaybook(rb.config()).teams().keySet());
      rb.engine().onFirstTouch(responseTimes::record);
      ContinuousSync sync = new ContinuousSync(rb.engine(), line -> {
        out.println(line);
        out.flush();
      }, syncMetrics::record);
      rb.handoff().ifPresent(h -> sync.afterEachPass(h::runOnce));
      Map<String, String> crmByConnection = rb.config().connections().stream()
          .collect(Collectors.toMap(ConnectionConfig::name, ConnectionConfig::crm));
      ForecastModel forecast = PlaybookLoader.load(rb.config().playbook()).forecast();
      ConsoleData consoleData = consoleData(rb, forecast);
      AlertFeed alertFeed = new AlertFeed(consoleData);
      try {
        alertFeed.prime();
      } catch (RuntimeException e) {
        out.println("alerts: the first reading failed, the alerts page will read the store itself: " + e.getMessage());
      }
      Console console = new Console(rb.config().server().adminToken()
          .map(admin -> (SignIn) new TokenSignIn(admin, rb.config().server().viewerToken())),
          new Sessions(rb.store().consoleSessions(), Clock.systemUTC()), consoleData, alertFeed);
      RevbridgeServer server = RevbridgeServer.start(host, port, rb.config().server(),
          crmByConnection, rb.connections(), rb.engine(),
          rb.store(), sync::ready, Clock.systemUTC(), rb.config().server().adminToken(), forecast, rb.metrics(), console);
      AlertNotifier alerts = new AlertNotifier(consoleData, alertFeed);
      Service service = new Service(rb, sync, server, new FollowThroughLoop(rb.slas(), rb.sequences(), rb.notifications(),
          alerts::queueNew, line -> {
            out.println(line);
            out.flush();
          }));
      Runtime.getRuntime().addShutdownHook(new Thread(service::close, "revbridge-shutdown"));
      sync.start(Duration.ofSeconds(rb.config().sync().pollIntervalSeconds()));
      return service;
    }

    int port() {
      return server.port();
    }

    /** What the console reads; targets.yaml is loaded here, so a broken one stops the start with its line. */
    private static ConsoleData consoleData(Revbridge rb, ForecastModel forecast) {
      Map<String, List<String>> objects = new LinkedHashMap<>();
      Map<String, String> crms = new LinkedHashMap<>();
      Map<String, String> recordUrls = new LinkedHashMap<>();
      for (ConnectionConfig c : rb.config().connections()) {
        objects.put(c.name(), c.objects());
        crms.put(c.name(), c.crm());
        Optional.ofNullable(c.options().get("recordUrl")).ifPresent(url -> recordUrls.put(c.name(), url));
      }
      Targets targets = TargetsLoader.load(rb.config().playbook().map(PlaybookFiles::folder)
          .orElseGet(PlaybookFiles::builtIn));
      return new ConsoleData(rb.store(), rb.connections(), objects, crms, recordUrls,
          new SyncHealthReader(rb.store(), Clock.systemUTC()), rb.metrics(), forecast, targets, Clock.systemUTC());
    }

    void awaitShutdown() throws InterruptedException {
      stopped.await();
    }

    @Override
    public void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      // Stop accepting webhooks first (what was answered 200 is in the inbox), then the follow-through loop,
      // then let the pass in flight finish its batch and hand back the leases, then close connections and the store.
      server.close();
      followThrough.close();
      sync.close();
      rb.close();
      stopped.countDown();
    }
  }
}

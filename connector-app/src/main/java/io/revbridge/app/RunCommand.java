package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
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
      ContinuousSync sync = new ContinuousSync(rb.engine(), line -> {
        out.println(line);
        out.flush();
      }, syncMetrics::record);
      rb.handoff().ifPresent(h -> sync.afterEachPass(h::runOnce));
      Map<String, String> crmByConnection = rb.config().connections().stream()
          .collect(Collectors.toMap(ConnectionConfig::name, ConnectionConfig::crm));
      RevbridgeServer server = RevbridgeServer.start(host, port, rb.config().server().webhookMaxBytes(),
          crmByConnection, rb.connections(), rb.engine(),
          rb.store(), sync::ready, Clock.systemUTC(), rb.config().server().adminToken(),
          PlaybookLoader.load(rb.config().playbook()).forecast(), rb.metrics());
      Service service = new Service(rb, sync, server, new FollowThroughLoop(rb.slas(), rb.sequences(), rb.notifications(), line -> {
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

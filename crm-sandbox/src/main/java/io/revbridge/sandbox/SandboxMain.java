package io.revbridge.sandbox;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the HubSpot sandbox from the command line until the process is killed:
 * {@code --port P --records N --seed S --latency-ms L --burst-per-10s B --search-per-second S}.
 * Exit code 2 on a bad argument.
 */
public final class SandboxMain {
  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    SandboxOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.println(usage());
      return;
    }
    HubSpotSandbox sandbox = HubSpotSandbox.start(options);
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "hubspot-sandbox-shutdown"));
    System.out.println("HubSpot sandbox listening on " + sandbox.baseUrl());
    System.out.println("Access token: " + sandbox.accessToken());
    System.out.println("Seeded " + options.contacts() + " contacts (seed " + options.seed() + "); inspect with GET "
        + sandbox.baseUrl() + "/_sandbox/stats. Stop with Ctrl-C.");
    new CountDownLatch(1).await();
  }

  /** Returns the options, or {@code null} when help was asked for. */
  static SandboxOptions parse(String[] args) {
    SandboxOptions o = SandboxOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String v = args[++i];
      o = switch (flag) {
        case "--port" -> o.withPort(number(flag, v));
        case "--records" -> o.withContacts(number(flag, v));
        case "--seed" -> o.withSeed(longNumber(flag, v));
        case "--latency-ms" -> o.withLatencyMillis(number(flag, v));
        case "--burst-per-10s" -> o.withBurstPer10s(number(flag, v));
        case "--search-per-second" -> o.withSearchPerSecond(number(flag, v));
        case "--access-token" -> o.withAccessToken(v);
        default -> throw new IllegalArgumentException("unknown option " + flag);
      };
    }
    return o;
  }

  private static int number(String flag, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, got \"" + v + "\"");
    }
  }

  private static long longNumber(String flag, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, got \"" + v + "\"");
    }
  }

  private static String usage() {
    return "usage: SandboxMain [--port P (0 = free port)] [--records N (contacts, default 500)] [--seed S (42)]\n"
        + "                   [--latency-ms L (0)] [--burst-per-10s B (190, 0 = unlimited)]\n"
        + "                   [--search-per-second S (5, 0 = unlimited)] [--access-token T (sandbox-token)]";
  }
}

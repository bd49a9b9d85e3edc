package io.revbridge.bench.jmh;

import io.revbridge.forecast.DealForecast;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.forecast.ForecastModel;
import io.revbridge.model.Deal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deal forecasting: {@link DealForecaster} with the default model (`deal-forecast.yaml`) on one mapped deal per
 * operation: win probability, expected value, forecast category and the reasons. The sandbox's ~800 deals,
 * mapped once in setup (mapping has its own benchmark).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ForecastBenchmark {
  private final DealForecaster forecaster = new DealForecaster(ForecastModel.defaults());
  private final LocalDate today = LocalDate.parse("2026-11-27");
  private Deal[] deals;
  private int next;

  @Setup
  public void load() {
    StageData data = StageData.load();
    deals = Arrays.stream(data.deals).map(data.dealMapping::toDeal).toArray(Deal[]::new);
  }

  @Benchmark
  public DealForecast forecast() {
    int i = next;
    next = i + 1 == deals.length ? 0 : i + 1;
    return forecaster.forecast(deals[i], "hubspot", today);
  }
}

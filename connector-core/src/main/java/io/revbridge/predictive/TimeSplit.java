package io.revbridge.predictive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history cut by time, never at random: the oldest records train the model, the next slice calibrates its
 * probabilities, the newest are held out to test it. So the test asks what a model trained on the past says about
 * the future, as it will be used.
 */
public record TimeSplit(List<Example> train, List<Example> calibration, List<Example> test) {
  public TimeSplit {
    train = List.copyOf(train);
    calibration = List.copyOf(calibration);
    test = List.copyOf(test);
  }

  /**
   * @param calibrationShare share of records for calibration, after the training part
   * @param testShare share of the newest records held out for the test
   */
  public static TimeSplit of(List<Example> examples, double calibrationShare, double testShare) {
    List<Example> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparing(Example::at).thenComparing(Example::recordId));
    int n = sorted.size();
    int testFrom = afterTies(sorted, n - (int) Math.round(n * testShare), n);
    int calibrationFrom = afterTies(sorted, testFrom - (int) Math.round(n * calibrationShare), testFrom);
    return new TimeSplit(sorted.subList(0, calibrationFrom), sorted.subList(calibrationFrom, testFrom),
        sorted.subList(testFrom, n));
  }

  /**
   * Moves a cut past records that share the time of the record before it, so each part is strictly newer than the
   * one before (deals close on whole days; many share one). The older part gets the ties.
   */
  private static int afterTies(List<Example> sorted, int cut, int limit) {
    int i = Math.max(0, cut);
    while (i > 0 && i < limit && sorted.get(i).at().equals(sorted.get(i - 1).at())) {
      i++;
    }
    return i;
  }

  public Instant trainFrom() {
    return train.isEmpty() ? null : train.get(0).at();
  }

  public Instant trainTo() {
    return train.isEmpty() ? null : train.get(train.size() - 1).at();
  }

  public Instant testFrom() {
    return test.isEmpty() ? null : test.get(0).at();
  }

  public Instant testTo() {
    return test.isEmpty() ? null : test.get(test.size() - 1).at();
  }
}

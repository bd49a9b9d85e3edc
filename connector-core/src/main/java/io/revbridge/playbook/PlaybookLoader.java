package io.revbridge.playbook;

import io.revbridge.forecast.ForecastModel;
import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.MappingSource;
import io.revbridge.predictive.PredictiveSettings;
import io.revbridge.scoring.LeadPlaybook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads the playbook from the configured folder (config key {@code playbook}) or, without one, the files built into
 * the jar ({@code mappings/playbook}); a file the folder does not hold means that part's built-in defaults. Every
 * problem of every file is reported at once.
 */
public final class PlaybookLoader {
  /** Where the jar holds the shipped playbook (the connector-app build copies {@code mappings/} there). */
  public static final String BUILT_IN = MappingSource.DEFAULTS_PREFIX + "/playbook/";

  private PlaybookLoader() {}

  /**
   * @param folder the playbook folder; empty for the built-in playbook
   * @throws PlaybookException listing every problem, each with file, line, key and fix
   */
  public static Playbook load(Optional<Path> folder) {
    List<MappingProblem> problems = new ArrayList<>();
    Optional<Source> lead = folder.isPresent()
        ? fromFolder(folder.get(), LeadPlaybookReader.FILE) : fromClasspath(LeadPlaybookReader.FILE);
    LeadPlaybook leadPlaybook = lead
        .map(s -> new LeadPlaybookReader().read(s.location(), s.text(), problems).orElse(null))
        .orElse(LeadPlaybook.defaults());
    Optional<Source> deal = folder.isPresent()
        ? fromFolder(folder.get(), DealForecastReader.FILE) : fromClasspath(DealForecastReader.FILE);
    ForecastModel forecast = deal
        .map(s -> new DealForecastReader().read(s.location(), s.text(), problems).orElse(null))
        .orElse(ForecastModel.defaults());
    Optional<Source> predictive = folder.isPresent()
        ? fromFolder(folder.get(), PredictiveReader.FILE) : fromClasspath(PredictiveReader.FILE);
    PredictiveSettings predictiveSettings = predictive
        .map(s -> new PredictiveReader().read(s.location(), s.text(), problems).orElse(null))
        .orElse(PredictiveSettings.defaults());
    if (!problems.isEmpty()) {
      // Checks run key by key, not top to bottom; a reader fixes a file from the top.
      problems.sort(Comparator.comparing(MappingProblem::file).thenComparingInt(MappingProblem::line)
          .thenComparingInt(MappingProblem::column));
      throw new PlaybookException(problems);
    }
    return new Playbook(leadPlaybook, forecast, predictiveSettings);
  }

  /** One file's text and the name messages give it. */
  record Source(String location, String text) {}

  private static Optional<Source> fromFolder(Path folder, String name) {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read playbook file " + file, e);
    }
  }

  private static Optional<Source> fromClasspath(String name) {
    String resource = BUILT_IN + name;
    try (InputStream in = PlaybookLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Source("classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in playbook file " + resource, e);
    }
  }
}

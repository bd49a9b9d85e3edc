package io.revbridge.enrichment.derived;

import io.revbridge.enrichment.data.CsvLines;
import io.revbridge.enrichment.data.CsvRow;
import io.revbridge.enrichment.data.DataFileException;
import io.revbridge.enrichment.data.DataFiles;
import io.revbridge.enrichment.title.TitleTokens;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Region of a country given as ISO alpha-2 ({@code DE}), alpha-3 ({@code DEU}), English name ({@code Germany}) or a
 * common alias ({@code Deutschland}, {@code UK}); case, accents and punctuation do not matter. Names and alpha-3 codes
 * come from the JDK's ISO tables, so only regions and aliases live in {@code regions.csv}.
 */
public final class Regions {
  private final Map<String, String> alpha2ByKey;
  private final Map<String, Region> regionByAlpha2;

  private Regions(Map<String, String> alpha2ByKey, Map<String, Region> regionByAlpha2) {
    this.alpha2ByKey = Map.copyOf(alpha2ByKey);
    this.regionByAlpha2 = Map.copyOf(regionByAlpha2);
  }

  public static Regions builtIn() {
    return parse(DataFiles.resource("regions.csv"), "regions.csv");
  }

  static Regions parse(String text, String file) {
    Map<String, String> alpha2ByKey = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      alpha2ByKey.put(key(code), code);
      alpha2ByKey.put(key(country.getISO3Country()), code);
      alpha2ByKey.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
    }
    Map<String, Region> regionByAlpha2 = new HashMap<>();
    for (CsvRow row : CsvLines.parse(text, file)) {
      switch (row.cell(0)) {
        case "region" -> {
          Region region;
          try {
            region = Region.valueOf(row.cell(1));
          } catch (IllegalArgumentException e) {
            throw new DataFileException(file, row.line(), "unknown region '" + row.cell(1) + "'",
                "use one of NORTH_AMERICA, EUROPE, ASIA_PACIFIC, LATIN_AMERICA");
          }
          for (String code : row.cell(2).split("\\s+")) {
            regionByAlpha2.put(code.toUpperCase(Locale.ROOT), region);
          }
        }
        case "alias" -> alpha2ByKey.put(key(row.cell(1)), row.cell(2).toUpperCase(Locale.ROOT));
        default -> throw new DataFileException(file, row.line(), "line starts with '" + row.cell(0) + "'",
            "start a line with region or alias");
      }
    }
    return new Regions(alpha2ByKey, regionByAlpha2);
  }

  /** The ISO alpha-2 code of a country, or {@code null} when the text names none. */
  public String alpha2(String country) {
    return country == null ? null : alpha2ByKey.get(key(country));
  }

  /** The region of a country; {@code OTHER} for a country outside the four regions and for an unknown one. */
  public Region of(String country) {
    String code = alpha2(country);
    return code == null ? Region.OTHER : regionByAlpha2.getOrDefault(code, Region.OTHER);
  }

  private static String key(String text) {
    return String.join(" ", TitleTokens.of(text));
  }
}

package io.revbridge.app.console;

import java.util.List;
import java.util.Locale;

/** Charts drawn on the server as inline SVG: no script, no remote asset, readable by a screen reader via its title. */
final class Svg {
  /** One bar of a bar chart. */
  record Bar(String label, double value) {}

  private Svg() {}

  /** A line over the values, left to right, scaled to the largest; a flat line when all are zero. */
  static String sparkline(List<Long> values, String title) {
    int width = 240;
    int height = 40;
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      double x = values.size() == 1 ? 0 : i * (double) (width - 4) / (values.size() - 1) + 2;
      double y = height - 3 - values.get(i) * (double) (height - 6) / max;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return "<svg class=\"spark\" role=\"img\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
        + "\" height=\"" + height + "\"><title>" + Html.esc(title) + "</title>"
        + "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"" + points.toString().strip()
        + "\"/></svg>";
  }

  /** Horizontal bars, one row per bar, each labelled with its text and value (formatted by the caller's format). */
  static String bars(List<Bar> bars, String title, String format) {
    int rowHeight = 22;
    int labelWidth = 170;
    int barWidth = 330;
    int height = Math.max(rowHeight, bars.size() * rowHeight);
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double w = max <= 0 ? 0 : Math.max(0, bar.value()) * barWidth / max;
      int y = i * rowHeight;
      rows.append("<text x=\"0\" y=\"").append(y + 15).append("\" class=\"label\">")
          .append(Html.esc(shorten(bar.label()))).append("</text>")
          .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" class=\"bar\"/>",
              labelWidth, y + 4, w))
          .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">", labelWidth + w + 6, y + 15))
          .append(Html.esc(String.format(Locale.ROOT, format, bar.value()))).append("</text>");
    }
    return "<svg class=\"bars\" role=\"img\" viewBox=\"0 0 " + (labelWidth + barWidth + 110) + " " + height
        + "\" width=\"" + (labelWidth + barWidth + 110) + "\" height=\"" + height + "\"><title>" + Html.esc(title)
        + "</title>" + rows + "</svg>";
  }

  private static String shorten(String label) {
    return label.length() <= 24 ? label : label.substring(0, 23) + "…";
  }
}

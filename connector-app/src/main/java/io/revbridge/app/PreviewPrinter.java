package io.revbridge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.revbridge.mapping.transform.TextValues;
import io.revbridge.model.RecordRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints preview rows as a table for people, or as JSON for scripts (full values, nothing shortened). */
final class PreviewPrinter {
  static final String WOULD_ROUTE = "(would route: no owner yet, the next active owner in turn)";
  private static final int SHOWN_TEXT = 90;
  private static final int NAME_WIDTH = 30;

  private PreviewPrinter() {}

  static void table(List<PreviewRow> rows, String canonicalName, PrintWriter out) {
    for (PreviewRow row : rows) {
      out.println("── " + row.ref() + " ──");
      out.println("CRM values:");
      row.crm().forEach((field, value) -> line(out, field, value));
      if (row.error() != null) {
        out.println("cannot be mapped: " + row.error());
        continue;
      }
      out.println("canonical " + canonicalName + ":");
      List<String> empty = new ArrayList<>();
      row.canonical().forEach((path, value) -> {
        if (value == null) {
          empty.add(path);
        } else {
          line(out, path, shown(value));
        }
      });
      if (!empty.isEmpty()) {
        out.println("  (empty: " + String.join(", ", empty) + ")");
      }
      if (!row.outbound().isEmpty() || row.routeField() != null) {
        out.println("would write:");
        row.outbound().forEach((field, value) -> line(out, field,
            value.equals(row.crm().get(field)) ? value + "  (already so: not written)" : value));
        if (row.routeField() != null) {
          line(out, row.routeField(), WOULD_ROUTE);
        }
      }
    }
  }

  static void json(List<PreviewRow> rows, PrintWriter out) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (PreviewRow row : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("ref", row.ref().toString());
      item.put("crm", row.crm());
      if (row.error() != null) {
        item.put("error", row.error());
      } else {
        Map<String, String> canonical = new LinkedHashMap<>();
        row.canonical().forEach((path, value) -> canonical.put(path, value == null ? null : shown(value)));
        item.put("canonical", canonical);
        item.put("outbound", row.outbound());
        item.put("wouldRoute", row.routeField() != null);
        if (row.routeField() != null) {
          item.put("routeField", row.routeField());
        }
      }
      items.add(item);
    }
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(items));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the preview as JSON", e);
    }
  }

  /** References as the whole key (connection/object/id), so a reader sees what they point at. */
  private static String shown(Object value) {
    return value instanceof RecordRef ref ? ref.toString() : TextValues.render(value);
  }

  private static void line(PrintWriter out, String name, String value) {
    String oneLine = value.replace("\n", " | ");
    String shown = oneLine.length() <= SHOWN_TEXT ? oneLine : oneLine.substring(0, SHOWN_TEXT) + "…";
    out.println("  " + pad(name) + " " + shown);
  }

  private static String pad(String name) {
    return name.length() >= NAME_WIDTH ? name : name + " ".repeat(NAME_WIDTH - name.length());
  }
}

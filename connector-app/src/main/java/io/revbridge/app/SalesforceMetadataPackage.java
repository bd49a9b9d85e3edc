package io.revbridge.app;

import io.revbridge.spi.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Metadata API package (metadata-dir format) that creates Revbridge's own Salesforce fields, which the
 * partner API cannot create: {@code package.xml}, one {@code objects/<Object>.object} per object with its
 * CustomField definitions, and a permission set that lets the integration user read and edit them.
 */
final class SalesforceMetadataPackage {
  static final String PERMISSION_SET = "Revbridge_Integration";
  private static final String NS = "http://soap.sforce.com/2006/04/metadata";
  /** Long text areas hold at most 131,072 characters; the mappings truncate reasons to fit this. */
  static final int LONG_TEXT_LENGTH = 32768;

  private SalesforceMetadataPackage() {}

  /** File path inside the package → content, in a stable order. */
  static Map<String, String> files(List<FieldSpec> fields, String apiVersion) {
    Map<String, List<FieldSpec>> byObject = new TreeMap<>();
    fields.forEach(f -> byObject.computeIfAbsent(f.objectType(), o -> new ArrayList<>()).add(f));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("package.xml", packageXml(byObject, apiVersion));
    byObject.forEach((object, specs) -> {
      StringBuilder xml = new StringBuilder(header("CustomObject"));
      specs.forEach(f -> xml.append(field(f)));
      files.put("objects/" + object + ".object", xml.append("</CustomObject>\n").toString());
    });
    StringBuilder perms = new StringBuilder(header("PermissionSet"));
    perms.append("    <description>Lets Revbridge's integration user read and write Revbridge's fields.</description>\n");
    byObject.forEach((object, specs) -> specs.forEach(f -> perms.append("    <fieldPermissions>\n")
        .append("        <editable>true</editable>\n        <field>").append(object).append('.').append(f.name())
        .append("</field>\n        <readable>true</readable>\n    </fieldPermissions>\n")));
    perms.append("    <label>Revbridge Integration</label>\n</PermissionSet>\n");
    files.put("permissionsets/" + PERMISSION_SET + ".permissionset", perms.toString());
    return files;
  }

  private static String packageXml(Map<String, List<FieldSpec>> byObject, String apiVersion) {
    StringBuilder xml = new StringBuilder(header("Package")).append("    <types>\n");
    byObject.forEach((object, specs) -> specs.forEach(f ->
        xml.append("        <members>").append(object).append('.').append(f.name()).append("</members>\n")));
    return xml.append("        <name>CustomField</name>\n    </types>\n    <types>\n        <members>")
        .append(PERMISSION_SET).append("</members>\n        <name>PermissionSet</name>\n    </types>\n")
        .append("    <version>").append(apiVersion).append("</version>\n</Package>\n").toString();
  }

  private static String field(FieldSpec f) {
    StringBuilder xml = new StringBuilder("    <fields>\n");
    line(xml, "fullName", f.name());
    line(xml, "label", f.label());
    if (f.description() != null && !f.description().isBlank()) {
      line(xml, "description", f.description());
      line(xml, "inlineHelpText", f.description());
    }
    switch (f.type()) {
      case STRING -> {
        line(xml, "type", "Text");
        line(xml, "length", "255");
      }
      case TEXTAREA -> {
        line(xml, "type", "LongTextArea");
        line(xml, "length", String.valueOf(LONG_TEXT_LENGTH));
        line(xml, "visibleLines", "5");
      }
      case NUMBER -> {
        line(xml, "type", "Number");
        line(xml, "precision", "18");
        line(xml, "scale", "2");
      }
      case DATETIME -> line(xml, "type", "DateTime");
      case ENUMERATION -> {
        line(xml, "type", "Picklist");
        xml.append("        <valueSet>\n            <restricted>true</restricted>\n            <valueSetDefinition>\n");
        for (String option : f.options()) {
          xml.append("                <value>\n                    <fullName>").append(escape(option))
              .append("</fullName>\n                    <default>false</default>\n                    <label>")
              .append(escape(option)).append("</label>\n                </value>\n");
        }
        xml.append("            </valueSetDefinition>\n        </valueSet>\n");
      }
      default -> throw new IllegalStateException("no Salesforce field type for " + f.type());
    }
    line(xml, "externalId", "false");
    return xml.append("    </fields>\n").toString();
  }

  private static void line(StringBuilder xml, String element, String value) {
    xml.append("        <").append(element).append('>').append(escape(value)).append("</").append(element).append(">\n");
  }

  private static String header(String root) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\"" + NS + "\">\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

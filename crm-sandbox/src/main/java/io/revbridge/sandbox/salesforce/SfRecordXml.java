package io.revbridge.sandbox.salesforce;

import java.util.List;

/** One record as the partner API writes it: type, Id, then the selected fields (nil when empty). */
final class SfRecordXml {
  private static final java.time.format.DateTimeFormatter STAMP =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

  private SfRecordXml() {}

  static String records(SfRecord r, List<String> fields) {
    StringBuilder xml = new StringBuilder("<records xsi:type=\"sf:sObject\"><sf:type>").append(r.type)
        .append("</sf:type><sf:Id>").append(r.id).append("</sf:Id>");
    for (String f : fields) {
      String v = f.equals("SystemModstamp") ? STAMP.format(r.systemModstamp) : r.get(f);
      xml.append(v == null ? "<sf:" + f + " xsi:nil=\"true\"/>"
          : "<sf:" + f + ">" + SfXml.escape(v) + "</sf:" + f + ">");
    }
    return xml.append("</records>").toString();
  }
}

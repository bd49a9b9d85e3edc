package io.revbridge.sandbox.salesforce;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * update and create: at most 200 records a call, no all-or-none, one SaveResult per record in order.
 * Unknown fields fail the whole call (INVALID_FIELD); bad values, inactive owners and missing records
 * fail only their record, with Salesforce's status codes.
 */
final class SfWrites {
  private static final int MAX = 200;

  private final SfOrg org;

  SfWrites(SfOrg org) {
    this.org = org;
  }

  String update(List<Element> sObjects) {
    checkSize(sObjects);
    StringBuilder xml = new StringBuilder("<updateResponse>");
    for (Element o : sObjects) {
      String object = object(o);
      Map<String, String> values = values(object, o);
      String id = values.remove("Id");
      SfRecord r = id == null ? null : org.find(object, id);
      String error = r == null || r.deleted ? saveError("ENTITY_IS_DELETED", "entity is deleted", "")
          : check(object, values, false);
      if (error == null) {
        synchronized (org) {
          String stage = r.fields.get("StageName");
          values.forEach((k, v) -> {
            if (v == null) {
              r.fields.remove(k);
            } else {
              r.fields.put(k, v);
            }
          });
          r.systemModstamp = org.stamp();
          if (object.equals("Opportunity") && values.containsKey("StageName")
              && !java.util.Objects.equals(stage, values.get("StageName"))) {
            org.stageChanged(r, r.systemModstamp);
          }
          org.logWrite("update", r, values);
        }
        xml.append("<result><id>").append(id).append("</id><success>true</success></result>");
      } else {
        xml.append("<result>").append(error).append("<id xsi:nil=\"true\"/><success>false</success></result>");
      }
    }
    return xml.append("</updateResponse>").toString();
  }

  String create(List<Element> sObjects) {
    checkSize(sObjects);
    StringBuilder xml = new StringBuilder("<createResponse>");
    for (Element o : sObjects) {
      String object = object(o);
      Map<String, String> values = values(object, o);
      values.remove("Id");
      String error = check(object, values, true);
      if (error == null) {
        Map<String, String> stored = new LinkedHashMap<>(values);
        stored.values().removeIf(java.util.Objects::isNull);
        if (object.equals("Lead")) {
          stored.putIfAbsent("Status", "Open - Not Contacted");
        }
        SfRecord r = org.put(object, stored, org.stamp());
        if (object.equals("Opportunity") && stored.containsKey("StageName")) {
          org.stageChanged(r, r.systemModstamp);
        }
        org.logWrite("create", r, stored);
        xml.append("<result><id>").append(r.id).append("</id><success>true</success></result>");
      } else {
        xml.append("<result>").append(error).append("<id xsi:nil=\"true\"/><success>false</success></result>");
      }
    }
    return xml.append("</createResponse>").toString();
  }

  private static void checkSize(List<Element> sObjects) {
    if (sObjects.size() > MAX) {
      throw SfFault.unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records"
          + " into this call");
    }
  }

  private static String object(Element o) {
    String type = SfXml.text(o, "type");
    return SfSchema.object(type == null ? "" : type).orElseThrow(() ->
        SfFault.unexpected("INVALID_TYPE", "sObject type '" + type + "' is not supported."));
  }

  /** Field name to value (null = fieldsToNull); unknown fields fail the whole call. */
  private static Map<String, String> values(String object, Element o) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element e : SfXml.children(o)) {
      String name = e.getLocalName();
      if (name.equals("type")) {
        continue;
      }
      if (name.equals("fieldsToNull")) {
        String f = e.getTextContent().strip();
        values.put(SfSchema.field(object, f).orElseThrow(() -> unknown(object, f)), null);
        continue;
      }
      String field = SfSchema.field(object, name).orElseThrow(() -> unknown(object, name));
      values.put(field, SfXml.isNil(e) ? null : e.getTextContent());
    }
    return values;
  }

  private static SfFault unknown(String object, String field) {
    return SfFault.invalidField("No such column '" + field + "' on sobject of type " + object);
  }

  /** The first problem with one record's values as an {@code <errors>} element, or null. */
  private String check(String object, Map<String, String> values, boolean create) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      String type = SfSchema.fields(object).stream().filter(f -> f.name().equals(e.getKey())).findFirst()
          .orElseThrow().type();
      boolean updateable = SfSchema.fields(object).stream().filter(f -> f.name().equals(e.getKey())).findFirst()
          .orElseThrow().updateable();
      String v = e.getValue();
      if (!updateable) {
        return saveError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: " + e.getKey()
            + ". Please check the security settings of this field.", e.getKey());
      }
      if (v != null && List.of("int", "double", "currency", "percent").contains(type) && !isNumber(v)) {
        return saveError("INVALID_TYPE_ON_FIELD_IN_RECORD", e.getKey() + ": value not of required type: " + v,
            e.getKey());
      }
      if (v != null && e.getKey().equals("OwnerId") && !activeUser(v)) {
        return saveError("INVALID_CROSS_REFERENCE_KEY", "Owner ID: id value of incorrect type: " + v, "OwnerId");
      }
      if (v != null && type.equals("textarea") && v.length() > 32768) {
        return saveError("STRING_TOO_LONG", e.getKey() + ": data value too large", e.getKey());
      }
    }
    List<String> requiredOnCreate = switch (object) {
      case "Task" -> List.of("Status", "Priority");
      case "Lead" -> List.of("LastName", "Company"); // Status has the org's default, see create()
      case "Contact" -> List.of("LastName");
      default -> List.of();
    };
    if (create) {
      for (String required : requiredOnCreate) {
        if (values.get(required) == null) {
          return saveError("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + required + "]", required);
        }
      }
    }
    return null;
  }

  private boolean activeUser(String id) {
    SfRecord user = org.find("User", id);
    return user != null && "true".equals(user.fields.get("IsActive"));
  }

  private static boolean isNumber(String v) {
    try {
      new BigDecimal(v.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String saveError(String code, String message, String field) {
    return "<errors>" + (field.isEmpty() ? "" : "<fields>" + field + "</fields>") + "<message>"
        + SfXml.escape(message) + "</message><statusCode>" + code + "</statusCode></errors>";
  }
}

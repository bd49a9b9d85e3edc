package io.revbridge.sandbox.salesforce;

/** describeSObject: the object's fields in the WSDL element order wsc reads them in. */
final class SfDescribe {
  private SfDescribe() {}

  static String describe(String name) {
    String object = SfSchema.object(name == null ? "" : name).orElseThrow(() ->
        SfFault.unexpected("INVALID_TYPE", "sObject type '" + name + "' is not supported."));
    StringBuilder xml = new StringBuilder("<describeSObjectResponse><result><createable>true</createable>"
        + "<custom>false</custom>");
    for (SfSchema.FieldDef f : SfSchema.fields(object)) {
      xml.append("<fields><custom>").append(f.custom()).append("</custom><label>")
          .append(f.name().replace("__c", "").replace('_', ' ')).append("</label><length>")
          .append(f.type().equals("textarea") ? 32768 : 255).append("</length><name>").append(f.name())
          .append("</name><nillable>true</nillable><type>").append(f.type()).append("</type><updateable>")
          .append(f.updateable()).append("</updateable></fields>");
    }
    return xml.append("<label>").append(object).append("</label><labelPlural>").append(object)
        .append("s</labelPlural><name>").append(object).append("</name><queryable>true</queryable>"
            + "<updateable>true</updateable></result></describeSObjectResponse>").toString();
  }
}

package io.revbridge.app;

/**
 * What Salesforce's outbound-message sender expects back: the notifications Ack (HTTP 200) once every
 * notification is safely in the inbox, otherwise a SOAP fault, so it retries later (up to 24 hours).
 */
final class SalesforceReplies {
  static final String CONTENT_TYPE = "text/xml; charset=utf-8";

  private SalesforceReplies() {}

  static String ack() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
        + "<notificationsResponse xmlns=\"http://soap.sforce.com/2005/09/outbound\"><Ack>true</Ack>"
        + "</notificationsResponse></soapenv:Body></soapenv:Envelope>";
  }

  /** A client fault for 4xx (the message is wrong), a server fault otherwise. */
  static String fault(int status, String reason) {
    String code = status < 500 ? "soapenv:Client" : "soapenv:Server";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
        + "<soapenv:Fault><faultcode>" + code + "</faultcode><faultstring>" + escape(reason) + "</faultstring>"
        + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

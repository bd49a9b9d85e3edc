package io.revbridge.sandbox.salesforce;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading requests (DOM, no DOCTYPE) and writing answers (escaped text) for the SOAP fake. */
final class SfXml {
  static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
      + " xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xmlns:sf=\"urn:sobject.partner.soap.sforce.com\">";

  private SfXml() {}

  static Document parse(byte[] body) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    } catch (Exception e) {
      throw new SfFault("soapenv:Client", null, "the request is not well-formed XML");
    }
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static List<Element> children(Element parent, String localName) {
    return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
  }

  /** The text of the first descendant with this local name, or null. */
  static String text(Element parent, String localName) {
    var list = parent.getElementsByTagNameNS("*", localName);
    return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
  }

  static boolean isNil(Element e) {
    return "true".equals(e.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil"));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String envelope(String header, String body) {
    return ENVELOPE_START + (header.isEmpty() ? "" : "<soapenv:Header>" + header + "</soapenv:Header>")
        + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
  }

  static String fault(SfFault f) {
    String detail = f.faultType == null ? "" : "<detail><sf:" + f.faultType + " xsi:type=\"sf:" + f.faultType + "\">"
        + "<sf:exceptionCode>" + f.code + "</sf:exceptionCode><sf:exceptionMessage>" + escape(f.getMessage())
        + "</sf:exceptionMessage>" + (f.faultType.equals("InvalidFieldFault") || f.faultType.equals("MalformedQueryFault")
            ? "<sf:row>1</sf:row><sf:column>1</sf:column>" : "")
        + "</sf:" + f.faultType + "></detail>";
    String code = f.faultType == null ? f.code : "sf:" + f.code;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
        + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:sf=\"urn:fault.partner.soap.sforce.com\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><soapenv:Fault><faultcode>" + code
        + "</faultcode><faultstring>" + escape(f.code + ": " + f.getMessage()) + "</faultstring>" + detail
        + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
  }
}

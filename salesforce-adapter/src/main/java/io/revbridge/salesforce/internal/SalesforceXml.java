package io.revbridge.salesforce.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses XML from outside safely: no DOCTYPE at all (so no external entities and no entity expansion),
 * no external schemas or stylesheets, secure processing limits on.
 */
final class SalesforceXml {
  private SalesforceXml() {}

  /** @throws IllegalArgumentException when the bytes are not well-formed XML or declare a DOCTYPE */
  static Document parse(byte[] body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(body));
    } catch (SAXException e) {
      throw new IllegalArgumentException("the body is not a well-formed SOAP message (" + e.getMessage() + ")");
    } catch (IOException | ParserConfigurationException e) {
      throw new IllegalArgumentException("the body cannot be read as XML (" + e.getClass().getSimpleName() + ")");
    }
  }
}

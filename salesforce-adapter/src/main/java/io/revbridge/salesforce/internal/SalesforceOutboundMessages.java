package io.revbridge.salesforce.internal;

import io.revbridge.model.RecordRef;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.WebhookReceiver;
import io.revbridge.spi.WebhookRequest;
import io.revbridge.spi.WebhookVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Receives Outbound Message notifications (SOAP, {@code http://soap.sforce.com/2005/09/outbound}). A
 * message is trusted only when its OrganizationId is the configured org's; each Notification becomes a
 * change keyed by its notification Id (Salesforce delivers at least once), and the engine reads the
 * record's current state, since notifications may arrive out of order.
 */
public final class SalesforceOutboundMessages implements WebhookReceiver {
  static final String NS = "http://soap.sforce.com/2005/09/outbound";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private final String connection;
  private final Optional<String> organizationId;
  private final Set<String> objects;

  public SalesforceOutboundMessages(String connection, Optional<String> organizationId, Set<String> objects) {
    this.connection = connection;
    this.organizationId = organizationId;
    this.objects = objects;
  }

  @Override
  public WebhookVerdict verify(WebhookRequest request) {
    Element notifications;
    try {
      notifications = notifications(SalesforceXml.parse(request.body()));
    } catch (IllegalArgumentException e) {
      return WebhookVerdict.reject(400, e.getMessage());
    }
    if (organizationId.isEmpty()) {
      return WebhookVerdict.reject(403, "connection '" + connection + "' has no organizationId, so outbound "
          + "messages cannot be verified; add `organizationId:` to it in revbridge.yaml");
    }
    String from = text(notifications, "OrganizationId");
    if (!SalesforceCheck.sameOrg(organizationId.get(), from)) {
      return WebhookVerdict.reject(403, "the message comes from org " + from + ", not from the org configured for '"
          + connection + "'");
    }
    return WebhookVerdict.accept();
  }

  @Override
  public List<Change> parse(WebhookRequest request) {
    Element root = notifications(SalesforceXml.parse(request.body()));
    List<Change> changes = new ArrayList<>();
    NodeList list = root.getElementsByTagNameNS(NS, "Notification");
    for (int i = 0; i < list.getLength(); i++) {
      Element n = (Element) list.item(i);
      String notificationId = text(n, "Id");
      Element sObject = child(n, "sObject");
      if (notificationId.isEmpty() || sObject == null) {
        throw new IllegalArgumentException("notification " + (i + 1) + " has no Id or no sObject");
      }
      String type = sObject.getAttributeNS(XSI, "type");
      type = type.substring(type.indexOf(':') + 1);
      String id = "";
      for (Node c = sObject.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element e && "Id".equals(e.getLocalName())) {
          id = e.getTextContent().strip();
        }
      }
      if (!objects.contains(type) || !SalesforceSoql.isId(id)) {
        continue; // an object this connection does not sync, or a deleted record (no data)
      }
      changes.add(new Change(new RecordRef(connection, type, id), ChangeKind.UPSERT, request.receivedAt(),
          "om:" + notificationId, Optional.empty()));
    }
    return changes;
  }

  private static Element notifications(Document doc) {
    NodeList found = doc.getElementsByTagNameNS(NS, "notifications");
    if (found.getLength() != 1) {
      throw new IllegalArgumentException("the body holds no outbound message (`notifications` in " + NS + ")");
    }
    return (Element) found.item(0);
  }

  private static Element child(Element parent, String name) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().strip();
  }
}

package io.revbridge.sandbox.salesforce;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sends Outbound Message notifications, as a Flow's "send outbound message" action would: one SOAP
 * message per change to a watched object, with the record's Id only, to one endpoint. A delivery counts
 * only when the answer is HTTP 200 with {@code <Ack>true</Ack>}; {@link #redeliver()} sends the others
 * again with the same notification Id, as Salesforce's retries do.
 */
public final class SfOutboundMessenger {
  /** One notification and whether the endpoint acknowledged it. */
  public record Delivery(String notificationId, String object, String recordId, int status, boolean acked) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Delivery> deliveries = new ArrayList<>();
  private String endpoint;
  private Set<String> objects = Set.of();
  private int counter;

  public synchronized void sendTo(String url, Set<String> watched) {
    this.endpoint = url;
    this.objects = Set.copyOf(watched);
  }

  /** A person changed this record: notify the endpoint if the object is watched. */
  public synchronized void changed(String object, String recordId) {
    if (endpoint != null && objects.contains(object)) {
      deliveries.add(deliver("04l" + String.format("%015d", ++counter), object, recordId));
    }
  }

  public synchronized List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Sends every unacknowledged notification again, with its original notification Id. */
  public synchronized void redeliver() {
    for (int i = 0; i < deliveries.size(); i++) {
      Delivery d = deliveries.get(i);
      if (!d.acked()) {
        deliveries.set(i, deliver(d.notificationId(), d.object(), d.recordId()));
      }
    }
  }

  private Delivery deliver(String notificationId, String object, String recordId) {
    String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<soapenv:Body><notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\">"
        + "<OrganizationId>" + SfOrg.ORG_ID + "</OrganizationId><ActionId>04k000000000001AAA</ActionId>"
        + "<SessionId xsi:nil=\"true\"/>"
        + "<EnterpriseUrl>" + endpointBase() + "/services/Soap/c/65.0/" + SfOrg.ORG_ID + "</EnterpriseUrl>"
        + "<PartnerUrl>" + endpointBase() + "/services/Soap/u/65.0/" + SfOrg.ORG_ID + "</PartnerUrl>"
        + "<Notification><Id>" + notificationId + "</Id>"
        + "<sObject xsi:type=\"sf:" + object + "\" xmlns:sf=\"urn:sobject.enterprise.soap.sforce.com\">"
        + "<sf:Id>" + recordId + "</sf:Id></sObject></Notification>"
        + "</notifications></soapenv:Body></soapenv:Envelope>";
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      return new Delivery(notificationId, object, recordId, r.statusCode(),
          r.statusCode() == 200 && r.body().contains("<Ack>true</Ack>"));
    } catch (java.io.IOException e) {
      return new Delivery(notificationId, object, recordId, 0, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery(notificationId, object, recordId, 0, false);
    }
  }

  private String endpointBase() {
    URI uri = URI.create(endpoint);
    return uri.getScheme() + "://" + uri.getAuthority();
  }
}

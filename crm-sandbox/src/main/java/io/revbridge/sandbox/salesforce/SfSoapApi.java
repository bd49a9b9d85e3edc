package io.revbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The partner SOAP endpoint: checks the session, dispatches on the body's operation and answers with
 * Salesforce's envelopes (typed results in WSDL element order, sObject fields free-form, a
 * LimitInfoHeader on every answer, counted against the {@link SfApiAllowance}). Faults go out with HTTP 500.
 */
public final class SfSoapApi {
  /** HTTP status and XML body of one answer. */
  public record Answer(int status, String xml) {}

  private final SfOrg org;
  private final Predicate<String> validToken;
  private final SfWrites writes;
  private final SfApiAllowance allowance;

  public SfSoapApi(SfOrg org, Predicate<String> validToken, SfApiAllowance allowance) {
    this.org = org;
    this.validToken = validToken;
    this.allowance = allowance;
    this.writes = new SfWrites(org);
  }

  public Answer handle(byte[] body) {
    try {
      Document doc = SfXml.parse(body);
      Element envelope = doc.getDocumentElement();
      String session = SfXml.text(envelope, "sessionId");
      if (session == null || !validToken.test(session)) {
        throw SfFault.unexpected("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session");
      }
      long used = allowance.count();
      org.countRequest();
      String batch = SfXml.text(envelope, "batchSize");
      int batchSize = batch == null ? 500 : Math.max(200, Math.min(2000, Integer.parseInt(batch)));
      Element bodyElement = SfXml.children(envelope, "Body").get(0);
      Element op = SfXml.children(bodyElement).get(0);
      String result = switch (op.getLocalName()) {
        case "query" -> query(op, false, batchSize, "queryResponse");
        case "queryAll" -> query(op, true, batchSize, "queryAllResponse");
        case "queryMore" -> {
          SfOrg.Cursor cursor = org.takeCursor(SfXml.text(op, "queryLocator"));
          yield page(cursor.rows(), cursor.fields(), cursor.total(), batchSize, "queryMoreResponse");
        }
        case "retrieve" -> retrieve(op);
        case "update" -> writes.update(SfXml.children(op, "sObjects"));
        case "create" -> writes.create(SfXml.children(op, "sObjects"));
        case "describeSObject" -> SfDescribe.describe(SfXml.text(op, "sObjectType"));
        case "getUserInfo" -> userInfo();
        case "getServerTimestamp" -> "<getServerTimestampResponse><result><timestamp>" + org.now()
            + "</timestamp></result></getServerTimestampResponse>";
        default -> throw SfFault.unexpected("INVALID_OPERATION", "the sandbox does not offer " + op.getLocalName());
      };
      String header = "<LimitInfoHeader><limitInfo><current>" + used + "</current><limit>" + allowance.limit()
          + "</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader>";
      return new Answer(200, SfXml.envelope(header, result));
    } catch (SfFault f) {
      return new Answer(500, SfXml.fault(f));
    }
  }

  private String query(Element op, boolean all, int batchSize, String element) {
    SoqlQuery q = SoqlParser.parse(SfXml.text(op, "queryString"));
    List<SfRecord> rows = org.select(q, all);
    return page(rows, q.fields(), rows.size(), batchSize, element);
  }

  /** The first {@code batchSize} rows; the rest wait behind a locator with the selected fields. */
  private String page(List<SfRecord> all, List<String> selected, int total, int batchSize, String element) {
    List<SfRecord> now = all.subList(0, Math.min(batchSize, all.size()));
    List<SfRecord> rest = new ArrayList<>(all.subList(now.size(), all.size()));
    boolean done = rest.isEmpty();
    StringBuilder xml = new StringBuilder("<" + element + "><result xsi:type=\"QueryResult\"><done>" + done + "</done>");
    xml.append(done ? "<queryLocator xsi:nil=\"true\"/>"
        : "<queryLocator>" + org.openCursor(selected, rest, total) + "</queryLocator>");
    for (SfRecord r : now) {
      xml.append(SfRecordXml.records(r, selected));
    }
    xml.append("<size>").append(total).append("</size></result></").append(element).append(">");
    return xml.toString();
  }

  private String retrieve(Element op) {
    String object = SfSchema.object(SfXml.text(op, "sObjectType")).orElseThrow(() ->
        SfFault.unexpected("INVALID_TYPE", "sObject type is not supported."));
    List<String> fields = new ArrayList<>();
    for (String f : SfXml.text(op, "fieldList").split(",")) {
      fields.add(SfSchema.field(object, f.strip()).orElseThrow(() -> SfFault.invalidField(
          "No such column '" + f.strip() + "' on entity '" + object + "'.")));
    }
    StringBuilder xml = new StringBuilder("<retrieveResponse>");
    for (Element id : SfXml.children(op, "ids")) {
      SfRecord r = org.find(object, id.getTextContent().strip());
      xml.append(r == null || r.deleted ? "<result xsi:nil=\"true\"/>"
          : SfRecordXml.records(r.copy(), fields).replace("<records ", "<result ").replace("</records>", "</result>"));
    }
    return xml.append("</retrieveResponse>").toString();
  }

  private String userInfo() {
    Map<String, String> me = org.records("User").get(0);
    return "<getUserInfoResponse><result><accessibilityMode>false</accessibilityMode><chatterExternal>false"
        + "</chatterExternal><currencySymbol>$</currencySymbol><orgAttachmentFileSizeLimit>5242880"
        + "</orgAttachmentFileSizeLimit><orgDefaultCurrencyIsoCode>USD</orgDefaultCurrencyIsoCode>"
        + "<orgDefaultCurrencyLocale>en_US</orgDefaultCurrencyLocale><orgDisallowHtmlAttachments>false"
        + "</orgDisallowHtmlAttachments><orgHasPersonAccounts>false</orgHasPersonAccounts><organizationId>"
        + SfOrg.ORG_ID + "</organizationId><organizationMultiCurrency>false</organizationMultiCurrency>"
        + "<organizationName>Revbridge Sandbox</organizationName><profileId>00e000000000001AAA</profileId>"
        + "<roleId xsi:nil=\"true\"/><sessionSecondsValid>7200</sessionSecondsValid>"
        + "<userDefaultCurrencyIsoCode xsi:nil=\"true\"/><userEmail>" + me.get("Email") + "</userEmail>"
        + "<userFullName>Revbridge Integration</userFullName><userId>" + me.get("Id") + "</userId>"
        + "<userLanguage>en_US</userLanguage><userLocale>en_US</userLocale><userName>" + me.get("Username")
        + "</userName><userTimeZone>UTC</userTimeZone><userType>Standard</userType><userUiSkin>Theme3</userUiSkin>"
        + "</result></getUserInfoResponse>";
  }
}

package io.revbridge.notify;

import java.util.Map;

/**
 * One message, as queued and as each channel renders it.
 *
 * @param kind {@code hot-lead} (later {@code sla-reminder}, {@code sla-breach})
 * @param record the CRM record it is about ({@code connection/objectType/id})
 * @param fields short facts shown under the text, in order
 * @param smsTo the phone number (E.164) to text it to, for the SMS channel; null when it goes by no SMS
 */
public record Notification(String kind, String record, String title, String text, Map<String, String> fields,
    String smsTo) {
  public Notification {
    fields = Map.copyOf(fields);
  }

  /** A notification that goes by no SMS. */
  public Notification(String kind, String record, String title, String text, Map<String, String> fields) {
    this(kind, record, title, text, fields, null);
  }
}

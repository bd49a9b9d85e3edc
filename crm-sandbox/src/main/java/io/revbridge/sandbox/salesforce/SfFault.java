package io.revbridge.sandbox.salesforce;

/** A whole-call SOAP fault, answered with HTTP 500 as Salesforce does. */
final class SfFault extends RuntimeException {
  final String code;
  /** The fault detail element: {@code UnexpectedErrorFault}, {@code InvalidFieldFault}, ... */
  final String faultType;

  SfFault(String code, String faultType, String message) {
    super(message);
    this.code = code;
    this.faultType = faultType;
  }

  static SfFault invalidField(String message) {
    return new SfFault("INVALID_FIELD", "InvalidFieldFault", message);
  }

  static SfFault malformedQuery(String message) {
    return new SfFault("MALFORMED_QUERY", "MalformedQueryFault", message);
  }

  static SfFault unexpected(String code, String message) {
    return new SfFault(code, "UnexpectedErrorFault", message);
  }
}

package io.revbridge.enrichment.matching;

/** What tied a person to an account, from surest to least sure. */
public enum MatchBasis {
  /** The CRM already associates them. */
  CRM_ASSOCIATION,
  /** The person's work email domain is the account's domain. */
  EMAIL_DOMAIN,
  /** The person's website is the account's domain. */
  WEBSITE_DOMAIN,
  /** The company names are equal once legal forms and punctuation are dropped. */
  COMPANY_NAME,
  /** The company names are alike by Jaro-Winkler. */
  SIMILAR_COMPANY_NAME
}

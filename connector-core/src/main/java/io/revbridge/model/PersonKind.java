package io.revbridge.model;

/** Whether a person is a lead (not yet worked by sales, Salesforce Lead) or a contact (HubSpot contact, Salesforce Contact). */
public enum PersonKind {
  LEAD,
  CONTACT
}

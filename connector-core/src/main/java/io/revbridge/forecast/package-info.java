/**
 * Deal forecasting: a pure function from a deal, the playbook's forecast model and today's date to a win probability
 * with its adjustments, expected value, predicted close date, confidence, risks and next steps; and the roll-ups per
 * owner and quarter.
 */
package io.revbridge.forecast;

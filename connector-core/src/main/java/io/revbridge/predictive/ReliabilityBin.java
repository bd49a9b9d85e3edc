package io.revbridge.predictive;

/**
 * One of the ten probability bins of a reliability table: the records predicted between {@code from} and {@code to},
 * their mean predicted probability and the share that actually had the good outcome. A calibrated model has the two
 * close in every bin that holds records.
 */
public record ReliabilityBin(double from, double to, int count, double meanPredicted, double observed) {}

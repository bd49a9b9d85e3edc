package io.revbridge.forecast;

import java.math.BigDecimal;

/**
 * One group of a forecast roll-up. Amounts of open deals only, except {@code won}.
 *
 * @param group the owner id, the quarter ({@code 2026-Q2}) or {@code all}
 * @param commit amounts of open deals at or above the playbook's {@code commitMin} probability
 * @param bestCase amounts of open deals at or above {@code bestCaseMin} (commit included)
 * @param pipeline amounts of every open deal
 * @param weighted expected values (amount × probability) of every open deal
 * @param won amounts of deals closed won
 */
public record RollupLine(String group, int openDeals, BigDecimal commit, BigDecimal bestCase, BigDecimal pipeline,
    BigDecimal weighted, BigDecimal won) {}

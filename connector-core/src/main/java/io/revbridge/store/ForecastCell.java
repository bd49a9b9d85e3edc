package io.revbridge.store;

import java.math.BigDecimal;

/**
 * The deal forecasts of one owner closing in one month, summed by the store: what a roll-up adds up, without reading
 * every deal. Amounts of open deals only, except {@code won}; a deal without an amount counts but adds nothing.
 *
 * @param ownerId as stored (null or blank when the deal has no owner)
 * @param month 1 to 12, of the (predicted) close date
 * @param commit amounts of open deals at or above the commit probability asked for; {@code bestCase} likewise
 */
public record ForecastCell(String ownerId, int year, int month, int openDeals, BigDecimal commit, BigDecimal bestCase,
    BigDecimal pipeline, BigDecimal weighted, BigDecimal won) {}

package io.revbridge.store;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The deals of one owner closing in one month, counted and summed by the store for team performance: won, lost and
 * still open. A deal without an amount counts but adds nothing.
 *
 * @param ownerId as stored, never blank (deals without an owner are left out)
 * @param month of the (predicted) close date
 * @param won the amounts of the deals closed won; {@code pipeline} those of the open deals
 */
public record DealMonth(String ownerId, YearMonth month, long wonDeals, BigDecimal won, long lostDeals, long openDeals,
    BigDecimal pipeline) {}

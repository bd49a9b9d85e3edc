package io.revbridge.store;

import java.math.BigDecimal;

/**
 * How many deals of one owner a period saw, and their amounts summed (a deal without an amount counts but adds
 * nothing): the pipeline generated (deals created in it) or the proposals made in it.
 */
public record OwnerDeals(String ownerId, long deals, BigDecimal amount) {}

package io.revbridge.sandbox.history;

/**
 * One closed lead as drawn, before a CRM stores it. Times are days before the sandbox clock.
 *
 * @param converted the outcome: became a customer / converted, else disqualified
 */
public record LeadTraits(
    String title,
    TitleKind titleKind,
    int employees,
    IndustryKind industry,
    String country,
    SourceKind source,
    int pageViews,
    int visits,
    boolean pricingPage,
    int downloads,
    boolean webinar,
    int emailEngagements,
    boolean demoRequested,
    boolean activeProject,
    int createdDaysAgo,
    int closedDaysAgo,
    boolean converted) {}

package io.revbridge.sandbox.history;

/**
 * One closed lead as drawn, before a CRM stores it. Times are days before the sandbox clock.
 *
 * @param converted the outcome: became a customer / converted, else disqualified
 * @param recentEmails emails logged in the 30 days before the outcome
 * @param recentMeetings meetings held in the 30 days before the outcome
 * @param touches every call, email and meeting logged on the lead, also those after its outcome
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
    boolean converted,
    int recentEmails,
    int recentMeetings,
    java.util.List<PlannedTouch> touches) {}

package io.revbridge.routing;

import io.revbridge.model.TaskType;

/**
 * One step of a follow-up sequence: a CRM task of {@code type} due {@code day} days after enrollment.
 *
 * @param channel what the rep does: {@code email}, {@code call}, {@code linkedin}, {@code executive-call}
 */
public record SequenceStep(int day, String channel, TaskType type, TaskTemplate subject, TaskTemplate body) {}

package dev.voicecampaign.core.draft;

/**
 * A schedule-route body as the client sent it, before any check: {@code startDateTime} and
 * {@code endDateTime} as text ({@code YYYY-MM-DD HH:mm:ss}, local to the campaign's zone) and an
 * optional recurrence. Every field nullable (absent).
 */
public record ScheduleRequestDraft(String startDateTime, String endDateTime, RecurrenceDraft recurrenceObject) {
}

package dev.voicecampaign.core.draft;

/** The body's {@code schedule} object as sent: only the flag; scheduling itself has its own route. */
public record ScheduleDraft(Boolean isSchedulingEnabled) {
}

package dev.voicecampaign.core.draft;

/** A daily recurrence as sent: every {@code onceEveryNdays} days. */
public record DailyDetailsDraft(Long onceEveryNdays) {
}

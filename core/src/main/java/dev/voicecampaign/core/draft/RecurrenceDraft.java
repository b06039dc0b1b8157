package dev.voicecampaign.core.draft;

/** How a schedule repeats, as sent: {@code recurType} Daily or Weekly, with the details of that type. */
public record RecurrenceDraft(String recurType, DailyDetailsDraft dailyDetails, WeeklyDetailsDraft weeklyDetails) {
}

package dev.voicecampaign.core.draft;

/** One entry of {@code dialingStrategy.callingHours.days} as sent: day ({@code MO}..{@code SU}), start, end. */
public record DayWindowDraft(String day, String start, String end) {
}

package dev.voicecampaign.core.draft;

/**
 * One entry of {@code dialingStrategy.callingHours.restrictedPeriods} (our addition) as sent:
 * ISO dates {@code from} and {@code to} (inclusive); when {@code yearly} is true they are
 * month-days ({@code --12-24}) or dates whose year is ignored.
 */
public record RestrictedPeriodDraft(String from, String to, Boolean yearly, String label) {
}

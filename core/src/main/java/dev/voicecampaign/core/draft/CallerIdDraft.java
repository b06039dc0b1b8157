package dev.voicecampaign.core.draft;

/** The {@code dialingStrategy.callerId} object as sent. */
public record CallerIdDraft(String phoneNumber) {
}

package dev.voicecampaign.core.draft;

/** One entry of the top-level {@code communicationLimits} list (our extension) as sent. */
public record CommunicationLimitDraft(Long maxCountPerRecipient, Long frequency, String unit) {
}

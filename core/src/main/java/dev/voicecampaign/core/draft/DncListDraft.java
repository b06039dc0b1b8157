package dev.voicecampaign.core.draft;

/** The v2 {@code dncLists} object as sent: {@code {"name": "..."}}. */
public record DncListDraft(String name) {
}

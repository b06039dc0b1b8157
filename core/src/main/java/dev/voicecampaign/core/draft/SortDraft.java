package dev.voicecampaign.core.draft;

/** The list's {@code sortBy} as sent: one member, named for the field sorted by, whose value is {@code asc} or {@code desc}. */
public record SortDraft(String name, String createdAt, String updatedAt) {
}

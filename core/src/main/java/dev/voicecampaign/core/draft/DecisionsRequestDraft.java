package dev.voicecampaign.core.draft;

import java.util.List;

/**
 * A call-decisions body as the client sent it, before any check: the instant asked about ({@code at}), the contacts
 * to decide (or, without them, a stored list's id and a page of it) and the attempts already made ({@code history}).
 * Every field nullable (absent).
 */
public record DecisionsRequestDraft(String at, List<ContactDraft> contacts, List<AttemptDraft> history, String contactListId,
                                    Long skip, Long limit) {
    /** Contacts given in the body, no stored list. */
    public DecisionsRequestDraft(String at, List<ContactDraft> contacts, List<AttemptDraft> history) {
        this(at, contacts, history, null, null, null);
    }

    /** One contact: an id of the caller's, the number (E.164, or national with a region), an IANA zone, an ISO 3166 region. */
    public record ContactDraft(String id, String phone, String zone, String region) {
    }

    /** An attempt already made in this campaign: the number called (E.164) and when. */
    public record AttemptDraft(String phone, String at) {
    }
}

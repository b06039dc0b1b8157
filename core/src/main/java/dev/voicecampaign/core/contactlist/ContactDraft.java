package dev.voicecampaign.core.contactlist;

import java.util.Map;

/**
 * One contact of an upload as sent, unchecked: the number (E.164, or national with {@code region}), and optionally
 * an id, an IANA zone, a postal code and attributes. Any field may be null.
 */
public record ContactDraft(String id, String phone, String zone, String postalCode, String region, Map<String, String> attributes) {
    /** An entry with nothing in it (how a null entry of an upload is checked: its phone is missing). */
    public static final ContactDraft EMPTY = new ContactDraft(null, null, null, null, null, null);

    /** This draft with {@code id} when it has none. */
    public ContactDraft withIdIfAbsent(String id) {
        return this.id == null ? new ContactDraft(id, phone, zone, postalCode, region, attributes) : this;
    }
}

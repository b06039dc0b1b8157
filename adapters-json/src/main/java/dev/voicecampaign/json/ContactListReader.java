package dev.voicecampaign.json;

import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListKind;
import java.util.List;

/**
 * Maps the stored list routes' JSON bodies: a new list ({@code {name, description}}) and an upload, of contacts
 * ({@code {contacts: [{phone, id, zone, postalCode, region, attributes: {name: text}}]}}) or of DNC numbers
 * ({@code {numbers: [{phone, region}]}}). It only maps ({@link TreeMapper}); the list rules check the drafts. Uploads
 * in CSV are read by {@link ContactCsvReader}.
 */
public final class ContactListReader {
    /** What a contact may carry, in the order the docs list them. */
    public static final List<String> CONTACT_FIELDS = List.of("phone", "id", "zone", "postalCode", "region", "attributes");
    /** What a DNC number may carry. */
    public static final List<String> DNC_NUMBER_FIELDS = List.of("phone", "region");

    private ContactListReader() {
    }

    /** A new list's body. */
    public static ReadResult<ContactListDraft> list(byte[] body, ListKind kind) {
        return TreeMapper.read(body, kind.root(), (m, o, root) -> {
            m.only(o, root, List.of("name", "description"));
            return new ContactListDraft(m.text(o, root, "name"), m.text(o, root, "description"));
        });
    }

    /** An upload's body, {@code contacts} or {@code numbers} by kind; a null entry stays null (the rules refuse it at its place). */
    public static ReadResult<List<ContactDraft>> entries(byte[] body, ListKind kind) {
        return TreeMapper.read(body, kind.root(), (m, o, root) -> {
            m.only(o, root, List.of(kind.entriesField()));
            List<ContactDraft> contacts = m.objects(o, root, kind.entriesField(), (c, at) -> switch (kind) {
                case CONTACTS -> {
                    m.only(c, at, CONTACT_FIELDS);
                    yield new ContactDraft(m.text(c, at, "id"), m.text(c, at, "phone"), m.text(c, at, "zone"), m.text(c, at, "postalCode"),
                            m.text(c, at, "region"), m.textMembers(c, at, "attributes"));
                }
                case DNC -> {
                    m.only(c, at, DNC_NUMBER_FIELDS);
                    yield new ContactDraft(null, m.text(c, at, "phone"), null, null, m.text(c, at, "region"), null);
                }
            });
            return contacts == null ? List.of() : contacts;
        });
    }
}

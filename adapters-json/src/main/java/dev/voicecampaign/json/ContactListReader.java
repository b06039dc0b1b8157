package dev.voicecampaign.json;

import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.violation.Path;
import java.util.List;

/**
 * Maps the contact list routes' JSON bodies: a new list ({@code {name, description}}) and an upload
 * ({@code {contacts: [{phone, id, zone, postalCode, region, attributes: {name: text}}]}}). It only maps
 * ({@link TreeMapper}); the contact list rules check the drafts. Uploads in CSV are read by {@link ContactCsvReader}.
 */
public final class ContactListReader {
    /** What a contact may carry, in the order the docs list them. */
    public static final List<String> CONTACT_FIELDS = List.of("phone", "id", "zone", "postalCode", "region", "attributes");

    private ContactListReader() {
    }

    /** A new list's body. */
    public static ReadResult<ContactListDraft> list(byte[] body) {
        return TreeMapper.read(body, Path.root("contactList"), (m, o, root) -> {
            m.only(o, root, List.of("name", "description"));
            return new ContactListDraft(m.text(o, root, "name"), m.text(o, root, "description"));
        });
    }

    /** An upload's body; a null entry of {@code contacts} stays null (the rules refuse it at its place). */
    public static ReadResult<List<ContactDraft>> contacts(byte[] body) {
        return TreeMapper.read(body, Path.root("contactList"), (m, o, root) -> {
            m.only(o, root, List.of("contacts"));
            List<ContactDraft> contacts = m.objects(o, root, "contacts", (c, at) -> {
                m.only(c, at, CONTACT_FIELDS);
                return new ContactDraft(m.text(c, at, "id"), m.text(c, at, "phone"), m.text(c, at, "zone"), m.text(c, at, "postalCode"),
                        m.text(c, at, "region"), m.textMembers(c, at, "attributes"));
            });
            return contacts == null ? List.of() : contacts;
        });
    }
}

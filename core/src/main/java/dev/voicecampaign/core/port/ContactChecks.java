package dev.voicecampaign.core.port;

import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The rules of contact lists and their contacts, as one pass each: the checked value or every violation; {@code rules} implements it. */
public interface ContactChecks {
    /** Where an upload's contacts are reported: {@code contacts} of the {@code contactList} namespace. */
    Path CONTACTS = Path.root("contactList").field("contacts");

    /** Where entry {@code index} of an upload is reported: {@code contacts[index]}. */
    static Path contactPath(int index) {
        return CONTACTS.index(index);
    }

    /** A new list's name and description, checked. */
    Validation<Seq<Violation>, ContactListDraft> list(ContactListDraft draft);

    /** Entry {@code index} of an upload (an id given or issued), its number read into E.164; violations are at {@code contacts[index]}. */
    Validation<Seq<Violation>, ListedContact> contact(int index, ContactDraft draft);
}

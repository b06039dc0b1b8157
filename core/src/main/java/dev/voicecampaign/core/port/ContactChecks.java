package dev.voicecampaign.core.port;

import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The rules of stored lists and their entries, as one pass each: the checked value or every violation, reported under
 * the kind's paths ({@link ListKind#root()}, {@link ListKind#entry(int)}); {@code rules} implements it.
 */
public interface ContactChecks {
    /** A new list's name and description, checked. */
    Validation<Seq<Violation>, ContactListDraft> list(ListKind kind, ContactListDraft draft);

    /**
     * Entry {@code index} of an upload, its number read into E.164: a contact (an id given or issued, zone, postal code,
     * region, attributes) or a DNC number (number and region only, held under the number's digits as its id).
     */
    Validation<Seq<Violation>, ListedContact> entry(ListKind kind, int index, ContactDraft draft);
}

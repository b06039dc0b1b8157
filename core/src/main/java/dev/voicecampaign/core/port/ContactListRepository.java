package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactsAdded;
import dev.voicecampaign.core.contactlist.ListedContact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Driven port: the stored contact lists of each app and the contacts in them. One app never sees another's
 * lists. Writes are atomic: a call that fails stores nothing. Lists are paged in creation order, contacts in the
 * order they were added.
 */
public interface ContactListRepository {
    /** Stores a new list; {@code false} when the app already has a list of that name ({@link ContactList#lname()}). */
    boolean insert(ContactList list);

    Optional<ContactList> find(StreamId stream, ResourceId id);

    Optional<ContactList> findByLname(StreamId stream, String lname);

    /** At most {@code limit} lists from {@code offset}, oldest first; {@code total} counts all of the app's. */
    Page<ContactList> page(StreamId stream, int offset, int limit);

    /** Removes a list and its contacts; {@code false} when there was no such list. */
    boolean delete(StreamId stream, ResourceId id);

    /**
     * Adds each contact whose number and id the list does not hold yet, all in one transaction, and counts them
     * into the list at {@code at}; the others are reported as duplicates. Empty when there is no such list.
     */
    Optional<ContactsAdded> addContacts(StreamId stream, ResourceId id, List<ListedContact> contacts, Instant at);

    /** At most {@code limit} contacts of a list from {@code offset}, in the order they were added; empty without the list. */
    Optional<Page<ListedContact>> contacts(StreamId stream, ResourceId id, int offset, int limit);

    /** Removes one contact; {@code false} when the list does not hold it. */
    boolean deleteContact(StreamId stream, ResourceId id, String contactId, Instant at);

    /** The stored lists as a directory of names, compared as list names are (case and spacing ignored). */
    default ResourceDirectory asDirectory() {
        return (stream, name) -> name == null || name.isBlank() ? Optional.empty()
                : findByLname(stream, CampaignName.lnameOf(name)).map(ContactList::id);
    }
}

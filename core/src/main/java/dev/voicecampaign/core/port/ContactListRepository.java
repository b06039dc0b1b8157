package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactsAdded;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Driven port: the stored lists of each app, of contacts and of DNC numbers ({@link ListKind}), and what they hold.
 * One app never sees another's lists; ids are unique across kinds, names within a kind. Writes are atomic: a call that fails stores nothing. Lists are paged in creation order, contacts in the
 * order they were added.
 */
public interface ContactListRepository {
    /** Stores a new list; {@code false} when the app already has a list of that kind and name ({@link ContactList#lname()}). */
    boolean insert(ContactList list);

    Optional<ContactList> find(StreamId stream, ResourceId id);

    Optional<ContactList> findByLname(StreamId stream, ListKind kind, String lname);

    /** At most {@code limit} lists of a kind from {@code offset}, oldest first; {@code total} counts all of the app's of that kind. */
    Page<ContactList> page(StreamId stream, ListKind kind, int offset, int limit);

    /** Removes a list and its contacts; {@code false} when there was no such list. */
    boolean delete(StreamId stream, ResourceId id);

    /**
     * Adds each contact whose number and id the list does not hold yet, all in one transaction, and counts them
     * into the list at {@code at}; the others are reported as duplicates. Empty when there is no such list.
     */
    Optional<ContactsAdded> addContacts(StreamId stream, ResourceId id, List<ListedContact> contacts, Instant at);

    /** At most {@code limit} contacts of a list from {@code offset}, in the order they were added; empty without the list. */
    Optional<Page<ListedContact>> contacts(StreamId stream, ResourceId id, int offset, int limit);

    /** One contact of a list by its id; empty without the list or the contact. */
    Optional<ListedContact> contact(StreamId stream, ResourceId id, String contactId);

    /** Removes one contact; {@code false} when the list does not hold it. */
    boolean deleteContact(StreamId stream, ResourceId id, String contactId, Instant at);

    /** Which of the E.164 {@code phones} the list holds (none without the list), looked up together. */
    Set<String> holding(StreamId stream, ResourceId id, Collection<String> phones);

    /** The stored lists of a kind as a directory of names, compared as list names are (case and spacing ignored). */
    default ResourceDirectory asDirectory(ListKind kind) {
        return (stream, name) -> name == null || name.isBlank() ? Optional.empty()
                : findByLname(stream, kind, CampaignName.lnameOf(name)).map(ContactList::id);
    }
}

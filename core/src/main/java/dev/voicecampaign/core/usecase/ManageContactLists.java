package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Driving port: an app's stored lists of one kind, of contacts or of DNC numbers. Another app's list is answered exactly as a missing one. A refused call
 * writes nothing; an upload stores its good contacts and reports the others.
 */
public interface ManageContactLists {
    /** A new, empty list: {@code Done}, {@code Invalid} with every violation, or {@code NameTaken}. */
    ContactListOutcome create(StreamId stream, ContactListDraft draft);

    /** The app's lists, oldest first. */
    Page<ContactList> lists(StreamId stream, int offset, int limit);

    Optional<ContactList> get(StreamId stream, ResourceId id);

    /** Removes a list and its contacts: {@code Done}, {@code NotFound}, or {@code InUse} while a campaign that is not Stopped or Completed names it. */
    ContactListOutcome delete(StreamId stream, ResourceId id);

    /**
     * Checks each contact and stores every good one the list does not hold yet, in one transaction; empty without the
     * list. {@code boundary} is what reading the body found (a broken CSV row, a value of the wrong type): reported
     * with the rules' violations.
     */
    Optional<ContactUpload> upload(StreamId stream, ResourceId id, List<ContactDraft> contacts, Seq<Violation> boundary);

    /** The list's contacts in the order they were added; empty without the list. */
    Optional<Page<ListedContact>> contacts(StreamId stream, ResourceId id, int offset, int limit);

    /** One contact of the list by its id; empty without the list or the contact. */
    Optional<ListedContact> contact(StreamId stream, ResourceId id, String contactId);

    /** Removes one contact; {@code false} when the list does not hold it. */
    boolean deleteContact(StreamId stream, ResourceId id, String contactId);

    /** Which of the E.164 {@code phones} the list holds, looked up together; none without the list. */
    Set<String> holding(StreamId stream, ResourceId id, Collection<String> phones);
}

package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ContactsAdded;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.ContactChecks;
import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.core.port.IdGenerator;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ManageContactLists} for the lists of one {@link ListKind} over the list and campaign repositories, checked by
 * {@link ContactChecks}. A list of the other kind is answered as a missing one; a DNC list's entries are numbers.
 */
public final class ContactListService implements ManageContactLists {
    /** Statuses in which a campaign still uses its lists: every one but the closed ones (Stopped, Completed). */
    private static final Set<CampaignStatus> USING = EnumSet.allOf(CampaignStatus.class).stream().filter(s -> !s.isClosed())
            .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(CampaignStatus.class)));

    private final ListKind kind;
    private final ContactChecks checks;
    private final ContactListRepository lists;
    private final CampaignRepository campaigns;
    private final IdGenerator ids;
    private final Clock clock;

    public ContactListService(ListKind kind, ContactChecks checks, ContactListRepository lists, CampaignRepository campaigns, IdGenerator ids,
                              Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ContactListOutcome create(StreamId stream, ContactListDraft draft) {
        Validation<Seq<Violation>, ContactListDraft> checked = checks.list(kind, draft);
        if (checked.isInvalid()) return new ContactListOutcome.Invalid(checked.getError());
        ContactList list = ContactList.created(ids.newContactListId(), stream, kind, checked.get().name(),
                Optional.ofNullable(checked.get().description()), clock.instant());
        return lists.insert(list) ? new ContactListOutcome.Done(list) : new ContactListOutcome.NameTaken(list.lname());
    }

    @Override
    public Page<ContactList> lists(StreamId stream, int offset, int limit) {
        return lists.page(stream, kind, offset, limit);
    }

    @Override
    public Optional<ContactList> get(StreamId stream, ResourceId id) {
        return lists.find(stream, id).filter(list -> list.kind() == kind);
    }

    @Override
    public ContactListOutcome delete(StreamId stream, ResourceId id) {
        Optional<ContactList> list = get(stream, id);
        if (list.isEmpty()) return new ContactListOutcome.NotFound();
        List<CampaignId> using = campaigns.findByStatus(stream, USING).stream()
                .filter(c -> names(c.references(), id)).map(StoredCampaign::id).toList();
        if (!using.isEmpty()) return new ContactListOutcome.InUse(using);
        return lists.delete(stream, id) ? new ContactListOutcome.Done(list.get()) : new ContactListOutcome.NotFound();
    }

    private static boolean names(ResolvedReferences references, ResourceId id) {
        return references.contactLists().contains(id) || references.dncList().filter(id::equals).isPresent();
    }

    @Override
    public Optional<ContactUpload> upload(StreamId stream, ResourceId id, List<ContactDraft> contacts, Seq<Violation> boundary) {
        if (get(stream, id).isEmpty()) return Optional.empty();
        List<ListedContact> good = new ArrayList<>(contacts.size());
        Seq<Violation> rejected = boundary;
        for (int i = 0; i < contacts.size(); i++) {
            ContactDraft draft = contacts.get(i) == null ? ContactDraft.EMPTY : contacts.get(i);
            Validation<Seq<Violation>, ListedContact> contact = checks.entry(kind, i,
                    kind == ListKind.CONTACTS ? draft.withIdIfAbsent(ids.newContactId()) : draft);
            // a contact the reader already refused (a value of the wrong type) is not stored, whatever the rules say of the rest
            Path at = kind.entry(i);
            boolean refusedByReader = boundary.exists(v -> v.isError() && v.path().startsWith(at));
            if (contact.isValid() && !refusedByReader) good.add(contact.get());
            else if (contact.isInvalid()) rejected = rejected.appendAll(contact.getError());
        }
        Seq<Violation> refused = rejected;
        return lists.addContacts(stream, id, good, clock.instant())
                .map((ContactsAdded added) -> new ContactUpload(added.list(), added.added(), added.duplicates(), refused));
    }

    @Override
    public Optional<Page<ListedContact>> contacts(StreamId stream, ResourceId id, int offset, int limit) {
        return get(stream, id).isEmpty() ? Optional.empty() : lists.contacts(stream, id, offset, limit);
    }

    @Override
    public Optional<ListedContact> contact(StreamId stream, ResourceId id, String contactId) {
        return get(stream, id).isEmpty() ? Optional.empty() : lists.contact(stream, id, contactId);
    }

    @Override
    public boolean deleteContact(StreamId stream, ResourceId id, String contactId) {
        return get(stream, id).isPresent() && lists.deleteContact(stream, id, contactId, clock.instant());
    }

    @Override
    public Set<String> holding(StreamId stream, ResourceId id, Collection<String> phones) {
        return get(stream, id).isEmpty() || phones.isEmpty() ? Set.of() : lists.holding(stream, id, phones);
    }
}

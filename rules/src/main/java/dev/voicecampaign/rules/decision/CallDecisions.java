package dev.voicecampaign.rules.decision;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.usecase.ManageContactLists;
import dev.voicecampaign.core.usecase.ReadCampaigns;
import dev.voicecampaign.core.usecase.RequestViolations;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The decisions use case: checks the body ({@link DecisionRules}), reads the campaign, and decides each contact with a
 * {@link CallDecider} under the packs the campaign names: the contacts of the body or, without them, a page of a stored
 * list's (or of the campaign's own stored lists, one after the other). A number on the campaign's stored DNC list is
 * decided never ({@code decision.dnc}); the numbers of one request are looked up together. A DNC list named only in the
 * configuration has no entries the server knows, so it refuses no number.
 */
public final class CallDecisions implements DecideCalls {
    private final ReadCampaigns campaigns;
    private final ManageContactLists lists;
    private final ManageContactLists dncLists;
    private final DecisionRules rules = new DecisionRules();

    /**
     * Decisions over the campaigns {@code campaigns} reads: for a request without contacts, the contacts {@code lists}
     * holds; numbers on the campaign's DNC list as {@code dncLists} holds them are never called.
     */
    public CallDecisions(ReadCampaigns campaigns, ManageContactLists lists, ManageContactLists dncLists) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.dncLists = Objects.requireNonNull(dncLists, "dncLists");
    }

    @Override
    public Outcome decide(StreamId stream, CampaignId id, DecisionsRequestDraft request, Seq<Violation> boundary) {
        Validation<Seq<Violation>, DecisionRules.DecisionsRequest> checked = rules.validate(request);
        Seq<Violation> all = RequestViolations.merge(boundary, checked);
        if (all.exists(Violation::isError)) return new Outcome.Invalid(all);
        Optional<StoredCampaign> stored = campaigns.get(stream, id);
        if (stored.isEmpty()) return new Outcome.NotFound();
        DecisionRules.DecisionsRequest asked = checked.get();
        Optional<StoredContacts> page = Optional.empty();
        List<Contact> contacts;
        switch (asked.contacts()) {
            case DecisionRules.ContactSource.Given given -> contacts = given.contacts();
            case DecisionRules.ContactSource.Stored wanted -> {
                Optional<StoredContacts> found = storedPage(stream, stored.get(), wanted);
                if (found.isEmpty()) return new Outcome.ListNotFound(wanted.contactListId().orElseThrow());
                page = found;
                contacts = found.get().contacts();
            }
        }
        CallDecider decider = CallDecider.forStored(stream, stored.get(), dncLists, contacts);
        // E.164 as libphonenumber writes it, as contacts are looked up; a number no region assigns matches no contact it decides
        Map<String, List<Instant>> attempts = new HashMap<>();
        for (DecisionRules.Attempt a : asked.history()) {
            decider.read(a.phone(), Optional.empty())
                    .forEach(number -> attempts.computeIfAbsent(number.e164(), p -> new ArrayList<>()).add(a.at()));
        }
        List<ContactDecision> results = contacts.stream().map(c -> decider.decide(c, attempts, asked.at())).toList();
        return new Outcome.Decided(results, all, page.map(p -> new StoredContactsPage(p.skip(), p.limit(), p.total(),
                (long) p.skip() + results.size() < p.total())));
    }

    /** A page of stored contacts and how many the lists it is read from hold. */
    private record StoredContacts(List<Contact> contacts, int skip, int limit, long total) {
    }

    /**
     * A page of stored contacts: the named list's, or the campaign's stored lists' one after the other (each list once);
     * empty when the named list is not stored.
     */
    private Optional<StoredContacts> storedPage(StreamId stream, StoredCampaign campaign, DecisionRules.ContactSource.Stored page) {
        List<ResourceId> sources = page.contactListId().isPresent() ? List.of(new ResourceId(page.contactListId().get()))
                : campaign.references().contactLists().stream().distinct().toList();
        List<ListedContact> contacts = new ArrayList<>();
        long total = 0;
        for (ResourceId source : sources) {
            Optional<ContactList> list = lists.get(stream, source);
            if (list.isEmpty()) {
                if (page.contactListId().isPresent()) return Optional.empty();
                continue;   // a configured list: its contacts are not held here
            }
            long from = Math.max(0, page.skip() - total);
            int wanted = page.limit() - contacts.size();
            if (wanted > 0 && from < list.get().contacts()) {
                contacts.addAll(lists.contacts(stream, source, (int) from, wanted).map(p -> p.items()).orElse(List.of()));
            }
            total += list.get().contacts();
        }
        return Optional.of(new StoredContacts(contacts.stream().map(c -> new Contact(Optional.of(c.id()), c.phone(), c.zone(), c.region())).toList(),
                page.skip(), page.limit(), total));
    }
}

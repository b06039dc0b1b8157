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
 * list's (or of the campaign's own stored lists, one after the other). No DNC list contents are known to the server
 * yet, so no number is refused as on one.
 */
public final class CallDecisions implements DecideCalls {
    private final ReadCampaigns campaigns;
    private final ManageContactLists lists;
    private final DecisionRules rules = new DecisionRules();

    /** Decisions over the campaigns {@code campaigns} reads and, for a request without contacts, the contacts {@code lists} holds. */
    public CallDecisions(ReadCampaigns campaigns, ManageContactLists lists) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.lists = Objects.requireNonNull(lists, "lists");
    }

    @Override
    public Outcome decide(StreamId stream, CampaignId id, DecisionsRequestDraft request, Seq<Violation> boundary) {
        Validation<Seq<Violation>, DecisionRules.DecisionsRequest> checked = rules.validate(request);
        Seq<Violation> all = RequestViolations.merge(boundary, checked.isInvalid() ? checked.getError() : io.vavr.collection.List.<Violation>empty());
        if (all.exists(Violation::isError)) return new Outcome.Invalid(all);
        Optional<StoredCampaign> stored = campaigns.get(stream, id);
        if (stored.isEmpty()) return new Outcome.NotFound();
        DecisionRules.DecisionsRequest asked = checked.get();
        CallDecider decider = CallDecider.of(stored.get().campaign(), number -> false);
        // E.164 as libphonenumber writes it, as contacts are looked up; a number no region assigns matches no contact it decides
        Map<String, List<Instant>> attempts = new HashMap<>();
        for (DecisionRules.Attempt a : asked.history()) {
            decider.read(a.phone(), Optional.empty())
                    .forEach(number -> attempts.computeIfAbsent(number.e164(), p -> new ArrayList<>()).add(a.at()));
        }
        return switch (asked.contacts()) {
            case DecisionRules.ContactSource.Given given -> new Outcome.Decided(
                    given.contacts().stream().map(c -> decider.decide(c, attempts, asked.at())).toList(), all, Optional.empty());
            case DecisionRules.ContactSource.Stored page -> decideStored(stream, stored.get(), page, decider, attempts, asked.at(), all);
        };
    }

    /** A page of stored contacts: the named list's, or the campaign's stored lists' one after the other (each list once). */
    private Outcome decideStored(StreamId stream, StoredCampaign campaign, DecisionRules.ContactSource.Stored page, CallDecider decider,
                                 Map<String, List<Instant>> attempts, Instant at, Seq<Violation> warnings) {
        List<ResourceId> sources = page.contactListId().isPresent() ? List.of(new ResourceId(page.contactListId().get()))
                : campaign.references().contactLists().stream().distinct().toList();
        List<ListedContact> contacts = new ArrayList<>();
        long total = 0;
        for (ResourceId source : sources) {
            Optional<ContactList> list = lists.get(stream, source);
            if (list.isEmpty()) {
                if (page.contactListId().isPresent()) return new Outcome.ListNotFound(source.value());
                continue;   // a configured list: its contacts are not held here
            }
            long from = Math.max(0, page.skip() - total);
            int wanted = page.limit() - contacts.size();
            if (wanted > 0 && from < list.get().contacts()) {
                contacts.addAll(lists.contacts(stream, source, (int) from, wanted).map(p -> p.items()).orElse(List.of()));
            }
            total += list.get().contacts();
        }
        List<ContactDecision> results = contacts.stream().map(c -> decider.decide(new Contact(Optional.of(c.id()), c.phone(), c.zone(),
                c.region()), attempts, at)).toList();
        return new Outcome.Decided(results, warnings, Optional.of(new StoredContactsPage(page.skip(), page.limit(), total,
                (long) page.skip() + results.size() < total)));
    }
}

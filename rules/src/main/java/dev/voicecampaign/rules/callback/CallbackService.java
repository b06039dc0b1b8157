package dev.voicecampaign.rules.callback;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.IdGenerator;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.usecase.ManageContactLists;
import dev.voicecampaign.core.usecase.ReadCampaigns;
import dev.voicecampaign.core.usecase.RequestViolations;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.decision.CallDecider;
import dev.voicecampaign.rules.decision.CallDecision;
import dev.voicecampaign.rules.decision.Contact;
import dev.voicecampaign.rules.decision.ContactNumber;
import dev.voicecampaign.rules.decision.Reason;
import dev.voicecampaign.rules.decision.ReasonCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ManageCallbacks} over the campaigns, the stored contact and DNC lists and the callback repository: a request is
 * checked ({@link CallbackRules}), its number found (given, or the stored contact's), and decided at its instant by a
 * {@link CallDecider} under the campaign's rules and its stored DNC list; only a {@code CALL} is stored.
 */
public final class CallbackService implements ManageCallbacks {

    private final CallbackRules rules = new CallbackRules();
    private final ReadCampaigns campaigns;
    private final ManageContactLists contactLists;
    private final ManageContactLists dncLists;
    private final CallbackRepository callbacks;
    private final IdGenerator ids;
    private final Clock clock;

    public CallbackService(ReadCampaigns campaigns, ManageContactLists contactLists, ManageContactLists dncLists, CallbackRepository callbacks,
                           IdGenerator ids, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.contactLists = Objects.requireNonNull(contactLists, "contactLists");
        this.dncLists = Objects.requireNonNull(dncLists, "dncLists");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CallbackOutcome schedule(StreamId stream, CampaignId id, CallbackDraft draft, Seq<Violation> boundary) {
        Validation<Seq<Violation>, CallbackRules.CallbackRequest> checked = rules.validate(draft);
        Seq<Violation> all = RequestViolations.merge(boundary, checked);
        if (all.exists(Violation::isError)) return new CallbackOutcome.Invalid(all);
        CallbackRules.CallbackRequest asked = checked.get();
        Instant now = clock.instant();
        if (asked.callContactAt().isBefore(now)) {
            return new CallbackOutcome.Invalid(List.of(Violation.error(CallbackRules.ROOT.field("callContactAt"), CallbackRules.PAST,
                    Map.of(), "must not be before now (" + now + ")")));
        }
        Optional<StoredCampaign> stored = campaigns.get(stream, id);
        if (stored.isEmpty()) return new CallbackOutcome.NotFound();
        if (stored.get().status().isClosed()) return new CallbackOutcome.Closed(stored.get().status());

        Contact contact;
        if (asked.contactId().isPresent()) {
            Optional<ListedContact> listed = findContact(stream, stored.get(), asked.contactId().get());
            if (listed.isEmpty()) {
                return new CallbackOutcome.Invalid(List.of(Violation.error(CallbackRules.ROOT.field("contactId"), CallbackRules.CONTACT_NOT_FOUND,
                        Map.of(), "no contact " + asked.contactId().get() + " in the campaign's stored contact lists")));
            }
            contact = new Contact(Optional.of(listed.get().id()), listed.get().phone(), listed.get().zone(), listed.get().region());
        } else {
            contact = new Contact(Optional.empty(), asked.phone().orElseThrow(), Optional.empty(), asked.region());
        }
        CallDecider decider = CallDecider.forStored(stream, stored.get(), dncLists, List.of(contact).asJava());
        Either<Reason, ContactNumber> number = decider.read(contact.phone(), contact.region());
        if (number.isLeft()) {
            // a number that cannot be read is a fault of the request, not a refusal of the call
            String code = number.getLeft().code().equals(ReasonCode.NUMBER_INVALID.code()) ? CallbackRules.PHONE_INVALID : CallbackRules.PHONE_UNREADABLE;
            return new CallbackOutcome.Invalid(List.of(Violation.error(CallbackRules.ROOT.field("phone"), code, Map.of(), number.getLeft().message())));
        }
        String e164 = number.get().e164();
        CallDecision decision = decider.decide(contact, Map.of(), asked.callContactAt()).decision();
        Path numberField = CallbackRules.ROOT.field(asked.contactId().isPresent() ? "contactId" : "phone");
        return switch (decision) {
            case CallDecision.Call call -> {
                Callback callback = new Callback(ids.newCallbackId(), stream, id, e164, asked.contactId(), asked.callContactAt(),
                        asked.note(), now);
                callbacks.insert(callback);
                yield new CallbackOutcome.Done(callback);
            }
            case CallDecision.Wait wait -> new CallbackOutcome.NotAllowed(violations(wait.reasons(), numberField), Optional.of(wait.until()));
            case CallDecision.Never never -> new CallbackOutcome.NotAllowed(violations(never.reasons(), numberField), Optional.empty());
        };
    }

    /** The contact among the campaign's stored contact lists, in the order the campaign names them. */
    private Optional<ListedContact> findContact(StreamId stream, StoredCampaign campaign, String contactId) {
        for (ResourceId list : campaign.references().contactLists()) {
            Optional<ListedContact> found = contactLists.contact(stream, list, contactId);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** Each reason at the field it is about: the number, the instant, or (a pack's floor on the ring time) the campaign, at the root. */
    private static Seq<Violation> violations(java.util.List<Reason> reasons, Path numberField) {
        return List.ofAll(reasons).map(r -> Violation.error(ReasonCode.of(r.code()).map(code -> switch (code) {
            case NUMBER_UNREADABLE, NUMBER_MISSING, NUMBER_INVALID, ZONE_UNKNOWN, DNC, ATTEMPTS_EXHAUSTED -> numberField;
            case HOURS_CLOSED, HOURS_RESTRICTED, PACK_CLOSED, PACK_RESTRICTED, RETRY_WAITING, LIMIT_REACHED, NO_OPENING ->
                    CallbackRules.ROOT.field("callContactAt");
            case RING_TOO_SHORT -> CallbackRules.ROOT;
        }).orElse(CallbackRules.ROOT), r.code(), Map.of(), r.message()));
    }

    @Override
    public Optional<Page<Callback>> due(StreamId stream, CampaignId campaign, Instant from, Instant to, int offset, int limit) {
        return campaigns.get(stream, campaign).map(c -> callbacks.due(stream, campaign, from, to, offset, limit));
    }

    @Override
    public CallbackOutcome cancel(StreamId stream, CampaignId campaign, String id) {
        if (campaigns.get(stream, campaign).isEmpty()) return new CallbackOutcome.NotFound();
        return callbacks.delete(stream, campaign, id) ? new CallbackOutcome.Cancelled(id) : new CallbackOutcome.CallbackNotFound(id);
    }
}

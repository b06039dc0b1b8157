package dev.voicecampaign.rules.callback;

import static dev.voicecampaign.rules.dsl.TextRule.text;

import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.core.constraint.TextLimit;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.CodeCatalogue;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.Violations;
import dev.voicecampaign.rules.decision.ContactListRules;
import dev.voicecampaign.rules.decision.DecisionRules;
import dev.voicecampaign.rules.decision.ReasonCode;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a callback request ({@code callback.*} codes): exactly one of {@code phone} (E.164, or national with
 * {@code region}) and {@code contactId} (a contact of the campaign's stored lists), the instant {@code callContactAt}
 * (ISO-8601), and a {@code note} up to 512 characters. Whether the call may be placed then is decided afterwards.
 */
public final class CallbackRules {
    public static final TextLimit NOTE = TextLimit.upTo(512);
    /** Where a callback request's fields are reported. */
    public static final Path ROOT = Path.root("callback");
    /** The instant asked for is before now. */
    public static final String PAST = "callback.callContactAt.past";
    /** No stored contact list of the campaign holds the contact id. */
    public static final String CONTACT_NOT_FOUND = "callback.contactId.notFound";
    /** libphonenumber cannot read the phone, or no region assigns it. */
    public static final String PHONE_UNREADABLE = "callback.phone.unreadable";
    public static final String PHONE_INVALID = "callback.phone.invalid";

    private static final RuleSet<CallbackDraft, CallbackRequest> RULES = RuleSet.of(r -> {
        var phone = r.field("phone", CallbackDraft::phone, text().length(ContactListRules.PHONE),
                "The number to call back: E.164, or national with region. Either this or contactId.");
        var contactId = r.field("contactId", CallbackDraft::contactId, ContactListRules.CONTACT_ID_RULE,
                "A contact of the campaign's stored contact lists, called on its number. Either this or phone.");
        var region = r.field("region", CallbackDraft::region, ContactListRules.REGION_RULE, ContactListRules.REGION_DOC);
        var at = r.field("callContactAt", CallbackDraft::callContactAt, DecisionRules.instant(),
                "When to call: an ISO-8601 instant, not in the past, at which the campaign's rules allow the call.");
        var note = r.field("note", CallbackDraft::note, text().length(NOTE), "A note for whoever places the call.");
        r.cross("callback.phone.orContactId", Severity.ERROR, "A callback names exactly one of phone and contactId.",
                (d, v, root, context) -> (d.phone() == null) != (d.contactId() == null) ? List.of()
                        : List.of(Violations.of(root.field("phone"), "callback.phone.orContactId",
                        "send exactly one of phone and contactId", Severity.ERROR)));
        r.cross("callback.region.withContactId", Severity.ERROR, "region reads a phone sent as a national number; a stored contact has its own.",
                (d, v, root, context) -> d.region() == null || d.contactId() == null ? List.of()
                        : List.of(Violations.of(root.field("region"), "callback.region.withContactId",
                        "must not be sent with contactId: the stored contact's number is already read", Severity.ERROR)));
        return v -> new CallbackRequest(Optional.ofNullable(v.get(phone)), Optional.ofNullable(v.get(contactId)),
                Optional.ofNullable(v.get(region)), v.get(at), Optional.ofNullable(v.get(note)));
    });

    /** A checked callback request: the number or the contact, the region of a national number, the instant and the note. */
    public record CallbackRequest(Optional<String> phone, Optional<String> contactId, Optional<String> region, Instant callContactAt,
                                  Optional<String> note) {
    }

    /** Every violation of the body, or the request it makes. */
    public Validation<Seq<Violation>, CallbackRequest> validate(CallbackDraft draft) {
        return RULES.validate(draft, ROOT, null);
    }

    /** Every field, as data, for docs and schemas. */
    public static List<FieldSpec> fields() {
        return RULES.fields();
    }

    /** The codes the callback use case raises beyond the fields' (the decision's reasons are listed with the decisions). */
    public static List<CodeCatalogue.Entry> ownCodes() {
        return List.of(new CodeCatalogue.Entry(PAST, Severity.ERROR, List.of(), "The callback's instant is before now."),
                new CodeCatalogue.Entry(CONTACT_NOT_FOUND, Severity.ERROR, List.of(),
                        "No stored contact list the campaign names holds a contact with that id."),
                new CodeCatalogue.Entry(PHONE_UNREADABLE, Severity.ERROR, List.of(), ReasonCode.NUMBER_UNREADABLE.meaning()),
                new CodeCatalogue.Entry(PHONE_INVALID, Severity.ERROR, List.of(), ReasonCode.NUMBER_INVALID.meaning()));
    }

    /** Every cross-field rule, as data. */
    public static List<CrossFieldSpec> crossFieldRules() {
        return RULES.crossFieldRules();
    }
}

package dev.voicecampaign.rules.decision;

import static dev.voicecampaign.rules.dsl.ListRule.listOf;
import static dev.voicecampaign.rules.dsl.ObjectRule.object;
import static dev.voicecampaign.rules.dsl.TextRule.text;
import static dev.voicecampaign.rules.dsl.WholeNumberRule.whole;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.constraint.TextLimit;
import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.draft.DecisionsRequestDraft.AttemptDraft;
import dev.voicecampaign.core.draft.DecisionsRequestDraft.ContactDraft;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.Violations;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.ValueRule;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the call-decisions body: {@code at} an ISO-8601 instant; {@code contacts} 1 to {@link #CONTACTS} of
 * them, each with a {@code phone} and optionally an {@code id}, an IANA {@code zone} and an ISO 3166 {@code region};
 * {@code history} up to {@link #HISTORY} attempts, each an E.164 {@code phone} and an instant {@code at}. A number
 * libphonenumber cannot read is no violation here: its contact is decided {@code Never} with the number's code.
 * Codes start with {@code decisions.}.
 */
public final class DecisionRules {
    /** How many contacts one request decides. */
    public static final IntRange CONTACTS = IntRange.of(1, 1000);
    /** How many past attempts one request may give. */
    public static final IntRange HISTORY = IntRange.of(0, 10_000);
    static final TextLimit ID = TextLimit.upTo(128);
    static final TextLimit PHONE = TextLimit.required(64);
    private static final Pattern INSTANT_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");
    private static final Pattern REGION = Pattern.compile("[A-Za-z]{2}");

    private static final RuleSet<DecisionsRequestDraft, DecisionsRequest> RULES = RuleSet.of(r -> {
        var at = r.field("at", DecisionsRequestDraft::at, instant(), "The instant the decisions are for: ISO-8601, such as 2026-12-08T14:30:00Z.");
        var contacts = r.field("contacts", DecisionsRequestDraft::contacts, listOf(object(contact())).count(CONTACTS),
                "The contacts to decide, each answered in order; without them, a page of stored contacts is decided.");
        var history = r.field("history", DecisionsRequestDraft::history, listOf(object(attempt())).count(HISTORY),
                "Attempts already made in this campaign, counted against its retry period, attempts and communication limits.");
        var list = r.field("contactListId", DecisionsRequestDraft::contactListId, text().length(ID),
                "Without contacts: the stored list to decide (else the campaign's own lists, one after the other).");
        var skip = r.field("skip", DecisionsRequestDraft::skip, whole().range(CampaignQuery.OFFSET), "Without contacts: stored contacts to skip.");
        var limit = r.field("limit", DecisionsRequestDraft::limit, whole().range(CampaignQuery.LIMIT),
                "Without contacts: stored contacts to decide (default " + CampaignQuery.DEFAULT_LIMIT + ").");
        r.cross("decisions.contacts.withList", Severity.ERROR, "Contacts in the body are decided as sent: contactListId, skip and limit "
                + "page stored contacts instead, so they are not sent with them.", (d, v, root, context) ->
                d.contacts() == null || (d.contactListId() == null && d.skip() == null && d.limit() == null) ? List.of()
                        : List.of(Violations.of(root.field("contacts"), "decisions.contacts.withList",
                        "must not be sent with contactListId, skip or limit", Severity.ERROR)));
        return v -> new DecisionsRequest(v.get(at), v.get(contacts) != null ? new ContactSource.Given(v.get(contacts))
                : new ContactSource.Stored(Optional.ofNullable(v.get(list)), v.get(skip) == null ? 0 : v.get(skip).intValue(),
                        v.get(limit) == null ? CampaignQuery.DEFAULT_LIMIT : v.get(limit).intValue()),
                v.get(history) == null ? List.of() : v.get(history));
    });

    /** The checked body: the instant, which contacts to decide, and the attempts already made. */
    public record DecisionsRequest(Instant at, ContactSource contacts, List<Attempt> history) {
        public DecisionsRequest {
            history = List.copyOf(history);
        }
    }

    /** Which contacts a request decides: those it gives, or a page of stored ones. */
    public sealed interface ContactSource {
        /** The body's contacts, decided in order. */
        record Given(List<Contact> contacts) implements ContactSource {
            public Given {
                contacts = List.copyOf(contacts);
            }
        }

        /** A list's stored contacts (else the campaign's own lists, one after the other), from {@code skip}, {@code limit} of them. */
        record Stored(Optional<String> contactListId, int skip, int limit) implements ContactSource {
        }
    }

    /** An attempt already made: the E.164 number called and when. */
    public record Attempt(String phone, Instant at) {
    }

    /** Every violation of the body, or the request it makes. */
    public Validation<Seq<Violation>, DecisionsRequest> validate(DecisionsRequestDraft draft) {
        // No decision rule consults a directory, so there is no context to give.
        return RULES.validate(draft, Path.root("decisions"), null);
    }

    /** Every field, as data, for docs and schemas. */
    public static List<FieldSpec> fields() {
        return RULES.fields();
    }

    /** Every cross-field rule, as data (none today). */
    public static List<CrossFieldSpec> crossFieldRules() {
        return RULES.crossFieldRules();
    }

    private static RuleSet<ContactDraft, Contact> contact() {
        return RuleSet.of(c -> {
            var id = c.field("id", ContactDraft::id, text().length(ID), "Your id for the contact, echoed in its result.");
            var phone = c.field("phone", ContactDraft::phone, text().required().length(PHONE),
                    "The number: E.164, or national with region. One libphonenumber cannot read is decided Never, not refused.");
            var zone = c.field("zone", ContactDraft::zone, text().zone(), "The IANA zone the contact is known to be in; wins over the number's zones.");
            var region = c.field("region", ContactDraft::region, text().format(REGION, "ISO 3166 region code"),
                    "The region of a national number, such as US; else the caller id's region.");
            return v -> new Contact(Optional.ofNullable(v.get(id)), v.get(phone), Optional.ofNullable(v.get(zone)),
                    Optional.ofNullable(v.get(region)).map(s -> s.toUpperCase(Locale.ROOT)));
        });
    }

    private static RuleSet<AttemptDraft, Attempt> attempt() {
        return RuleSet.of(a -> {
            var phone = a.field("phone", AttemptDraft::phone, text().required().format(CallerId.E164, "E.164 phone number"), "The number called, in E.164.");
            var at = a.field("at", AttemptDraft::at, instant(), "When it was called: an ISO-8601 instant.");
            return v -> new Attempt(v.get(phone), v.get(at));
        });
    }

    /** A required ISO-8601 instant with a four-digit year ({@link #parseInstant}). */
    public static ValueRule<String, Instant> instant() {
        return text().required().parses(DecisionRules::parseInstant, "ISO-8601 instant", INSTANT_SHAPE);
    }

    /**
     * An ISO-8601 instant with a four-digit year, as the decisions route and the callable command read one
     * ({@code Instant.parse} alone would take years of nine digits, beyond what a schedule can look at).
     */
    public static Optional<Instant> parseInstant(String text) {
        if (!INSTANT_SHAPE.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

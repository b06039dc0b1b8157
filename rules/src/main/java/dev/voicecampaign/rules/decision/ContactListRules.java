package dev.voicecampaign.rules.decision;

import static dev.voicecampaign.rules.dsl.TextRule.text;

import dev.voicecampaign.core.constraint.TextLimit;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.ContactChecks;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.CodeCatalogue;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.Problem;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.ValueRule;
import dev.voicecampaign.rules.dsl.Violations;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of stored lists ({@code contactList.*} and {@code dncList.*} codes): a list's name (1 to 128 characters,
 * unique among the app's lists of its kind) and description; each uploaded contact's id (URL-safe, 1 to 64 characters,
 * issued when absent), number (read with libphonenumber: E.164, or national with {@code region}; stored in E.164),
 * IANA {@code zone}, {@code postalCode} and {@code attributes} (at most 32, keys 1 to 64 and values up to 256
 * characters); each DNC number's {@code phone} and {@code region}, read the same way.
 */
public final class ContactListRules implements ContactChecks {
    public static final TextLimit NAME = TextLimit.required(128);
    public static final TextLimit DESCRIPTION = TextLimit.upTo(512);
    public static final TextLimit CONTACT_ID = TextLimit.required(64);
    public static final Pattern CONTACT_ID_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    public static final TextLimit PHONE = TextLimit.required(32);
    public static final TextLimit POSTAL_CODE = TextLimit.upTo(16);
    public static final Pattern REGION_SHAPE = Pattern.compile("[A-Z]{2}");
    public static final int MAX_ATTRIBUTES = 32;
    public static final TextLimit ATTRIBUTE_KEY = TextLimit.required(64);
    public static final TextLimit ATTRIBUTE_VALUE = TextLimit.upTo(256);
    /** The largest upload body: 16 MiB, some 300,000 CSV rows of 50 bytes (a JSON upload is also held to the JSON reader's limit). */
    public static final int MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

    private static final RuleSet<ContactListDraft, ContactListDraft> LIST_RULES = RuleSet.of(r -> {
        var name = r.field("name", ContactListDraft::name, text().required().length(NAME), "The list's name, unique in the app (case and spacing ignored).");
        var description = r.field("description", ContactListDraft::description, text().length(DESCRIPTION), "What the list is for.");
        return v -> new ContactListDraft(v.get(name), v.get(description));
    });

    /** A contact's fields but its number, which is read with the region once these pass. */
    private record Fields(String id, String phone, Optional<ZoneId> zone, Optional<String> postalCode, Optional<String> region) {
    }

    /** A number as sent: required, up to {@link #PHONE} characters; libphonenumber reads it afterwards. */
    public static final ValueRule<String, String> PHONE_RULE = text().required().length(PHONE);
    public static final String PHONE_DOC = "E.164, or a national number of region.";
    /** The region a national number is read in: an ISO 3166 code libphonenumber knows. */
    public static final ValueRule<String, String> REGION_RULE = text().parses(ContactListRules::region, "ISO 3166 region code such as US", REGION_SHAPE);
    public static final String REGION_DOC = "The region a national number is read in (ISO 3166, such as US).";
    /** A contact's id as sent: URL-safe, 1 to {@link #CONTACT_ID} characters. */
    public static final ValueRule<String, String> CONTACT_ID_RULE = text().length(CONTACT_ID).format(CONTACT_ID_SHAPE, "letters, digits and . _ : -");

    private static final RuleSet<ContactDraft, Fields> CONTACT_RULES = RuleSet.of(r -> {
        // never absent when checked: the use case issues an id to a contact sent without one
        var id = r.field("id", ContactDraft::id, CONTACT_ID_RULE, "The contact's id in the list; one is issued when it is left out.");
        var phone = r.field("phone", ContactDraft::phone, PHONE_RULE, PHONE_DOC);
        var zone = r.field("zone", ContactDraft::zone, text().zone(), "The IANA zone the contact is known to be in.");
        var postalCode = r.field("postalCode", ContactDraft::postalCode, text().length(POSTAL_CODE), "The contact's postal code.");
        var region = r.field("region", ContactDraft::region, REGION_RULE, REGION_DOC);
        return v -> new Fields(v.get(id), v.get(phone), Optional.ofNullable(v.get(zone)), Optional.ofNullable(v.get(postalCode)),
                Optional.ofNullable(v.get(region)));
    });

    /** A DNC number: its phone and the region a national one is read in. */
    private static final RuleSet<ContactDraft, Fields> DNC_RULES = RuleSet.of(r -> {
        var phone = r.field("phone", ContactDraft::phone, PHONE_RULE, PHONE_DOC);
        var region = r.field("region", ContactDraft::region, REGION_RULE, REGION_DOC);
        return v -> new Fields(null, v.get(phone), Optional.empty(), Optional.empty(), Optional.ofNullable(v.get(region)));
    });

    @Override
    public Validation<Seq<Violation>, ContactListDraft> list(ListKind kind, ContactListDraft draft) {
        return LIST_RULES.validate(draft, kind.root(), null);
    }

    @Override
    public Validation<Seq<Violation>, ListedContact> entry(ListKind kind, int index, ContactDraft draft) {
        Path at = kind.entry(index);
        boolean dnc = kind == ListKind.DNC;
        java.util.List<Violation> attributes = dnc ? java.util.List.of() : attributes(draft.attributes(), at.field("attributes"));
        Validation<Seq<Violation>, Fields> fields = (dnc ? DNC_RULES : CONTACT_RULES).validate(draft, at, null);
        if (fields.isInvalid()) return Validation.invalid(fields.getError().appendAll(attributes));
        Fields f = fields.get();
        Either<Reason, ContactNumber> number = ContactNumber.parse(f.phone(), f.region());
        if (number.isLeft() || !attributes.isEmpty()) {
            return Validation.invalid(List.ofAll(attributes).prependAll(number.isLeft()
                    ? List.of(numberViolation(number.getLeft(), at.field("phone"))) : List.empty()));
        }
        return Validation.valid(dnc ? ListedContact.dncEntry(number.get().e164()) : new ListedContact(f.id(), number.get().e164(),
                f.zone(), f.postalCode(), f.region(), draft.attributes() == null ? Map.of() : draft.attributes()));
    }

    /** Every field of a list, as data, for docs. */
    public static java.util.List<FieldSpec> listFields() {
        return LIST_RULES.fields();
    }

    /** Every field of a contact but its attributes, as data, for docs. */
    public static java.util.List<FieldSpec> contactFields() {
        return CONTACT_RULES.fields();
    }

    /** Every field of a DNC number, as data, for docs. */
    public static java.util.List<FieldSpec> dncNumberFields() {
        return DNC_RULES.fields();
    }

    /** The codes raised outside the rule sets' fields: a number libphonenumber refuses, and the attributes' limits. */
    public static java.util.List<CodeCatalogue.Entry> ownCodes() {
        String contacts = "contactList.contacts.";
        String numbers = "dncList.numbers.";
        return java.util.List.of(
                new CodeCatalogue.Entry(numbers + "phone.unreadable", Severity.ERROR, java.util.List.of(), ReasonCode.NUMBER_UNREADABLE.meaning()),
                new CodeCatalogue.Entry(numbers + "phone.invalid", Severity.ERROR, java.util.List.of(), ReasonCode.NUMBER_INVALID.meaning()),
                new CodeCatalogue.Entry(contacts + "phone.unreadable", Severity.ERROR, java.util.List.of(), ReasonCode.NUMBER_UNREADABLE.meaning()),
                new CodeCatalogue.Entry(contacts + "phone.invalid", Severity.ERROR, java.util.List.of(), ReasonCode.NUMBER_INVALID.meaning()),
                new CodeCatalogue.Entry(contacts + "attributes.tooMany", Severity.ERROR, java.util.List.of("max"),
                        "A contact has more than " + MAX_ATTRIBUTES + " attributes."),
                new CodeCatalogue.Entry(contacts + "attributes.key", Severity.ERROR, java.util.List.of("max"),
                        "An attribute's name is empty or longer than " + ATTRIBUTE_KEY.maxLength() + " characters."),
                new CodeCatalogue.Entry(contacts + "attributes.value", Severity.ERROR, java.util.List.of("max"),
                        "An attribute's value is longer than " + ATTRIBUTE_VALUE.maxLength() + " characters."));
    }

    private static Optional<String> region(String code) {
        return ContactNumber.isRegion(code) ? Optional.of(code) : Optional.empty();
    }

    /** A number libphonenumber cannot read, or that no region assigns: {@code contactList.contacts.phone.unreadable} or {@code .invalid}. */
    private static Violation numberViolation(Reason reason, Path at) {
        String problem = reason.code().equals(ReasonCode.NUMBER_INVALID.code()) ? "invalid" : "unreadable";
        return Violations.of(at, Violations.code(at, problem), reason.message(), Severity.ERROR);
    }

    private static java.util.List<Violation> attributes(Map<String, String> attributes, Path at) {
        java.util.List<Violation> out = new ArrayList<>();
        if (attributes == null) return out;
        if (attributes.size() > MAX_ATTRIBUTES) out.add(Violations.of(at, Problem.TOO_MANY, "max", MAX_ATTRIBUTES));
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (!ATTRIBUTE_KEY.accepts(e.getKey())) {
                out.add(Violations.of(at, Violations.code(at, "key"), "attribute names must have 1 to {max} characters",
                        Severity.ERROR, "max", ATTRIBUTE_KEY.maxLength()));
            } else if (e.getValue() == null || !ATTRIBUTE_VALUE.accepts(e.getValue())) {
                out.add(Violations.of(at.field(e.getKey()), Violations.code(at, "value"),
                        "attribute values must be texts of at most {max} characters", Severity.ERROR, "max", ATTRIBUTE_VALUE.maxLength()));
            }
        }
        return out;
    }
}

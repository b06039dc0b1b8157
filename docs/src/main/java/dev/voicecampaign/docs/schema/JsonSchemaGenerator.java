package dev.voicecampaign.docs.schema;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.constraint.TextLimit;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.docs.model.DocumentedField;
import dev.voicecampaign.docs.model.DocumentedFields;
import dev.voicecampaign.docs.model.DocumentedFields.Condition;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.json.WireFormat;
import dev.voicecampaign.rules.ListRules;
import dev.voicecampaign.rules.callback.CallbackRules;
import dev.voicecampaign.rules.decision.ContactListRules;
import dev.voicecampaign.rules.decision.DecisionRules;
import dev.voicecampaign.rules.ScheduleRules;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.TextRule;
import dev.voicecampaign.rules.dsl.ValueType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schema (2020-12) of a request body, derived from the rule set of its dialing mode and the
 * JSON adapter's wire format. It says what a schema can: types, required fields, lengths, ranges,
 * allowed values, patterns, and the rule sets' conditions as {@code if}/{@code then}. What it cannot
 * say (directory look-ups, time zones, calendar dates, cross-field rules) is listed by
 * {@link #notExpressed()}. Unknown fields are allowed, as the adapter only warns about them.
 */
public final class JsonSchemaGenerator {
    /** Where the schemas say they live; the same host names the problem types. */
    public static final String ID_BASE = "https://voicecampaign.dev/schema/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSchemaGenerator() {
    }

    /** The schema as pretty-printed JSON text. */
    public static String generate(DialingMode mode, Dialect dialect) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema(new ModeDialect(mode, dialect))) + "\n";
    }

    public static ObjectNode schema(ModeDialect shape) {
        List<DocumentedField> fields = DocumentedFields.of(shape);
        Map<Optional<String>, List<DocumentedField>> byCondition = fields.stream()
                .collect(Collectors.groupingBy(DocumentedField::condition, LinkedHashMap::new, Collectors.toList()));

        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID_BASE + shape.slug() + ".schema.json");
        root.put("title", shape.mode().wireName() + " campaign, " + shape.dialectName() + " request body");
        root.put("description", "Generated from the rule sets; what a schema cannot express is listed in the docs.");
        root.setAll(object("", byCondition.getOrDefault(Optional.<String>empty(), List.of()), shape));

        byCondition.forEach((condition, group) -> condition.ifPresent(c -> addConditional(root, c, group, shape)));
        return root;
    }

    /**
     * The schedule route's body, from the schedule rule set: the same keywords as a campaign body's
     * (types, required fields, ranges, allowed values, patterns, conditions as {@code if}/{@code then}).
     */
    public static ObjectNode scheduleRequest() {
        return requestBody(ScheduleRules.fields(), "Generated from the schedule rules; the end must also be after the start and in the future.");
    }

    /** The list route's body, from the list rule set. */
    public static ObjectNode listRequest() {
        return requestBody(ListRules.fields(), "Generated from the list rules; sortBy names exactly one field.");
    }

    /** The decisions route's body, from the decision rules. */
    public static ObjectNode decisionsRequest() {
        return requestBody(DecisionRules.fields(), "Generated from the decision rules; a number libphonenumber cannot read is decided NEVER, not refused.");
    }

    /** A new contact list's body. */
    public static ObjectNode contactListRequest() {
        return requestBody(ContactListRules.listFields(), "Generated from the contact list rules.");
    }

    /**
     * An upload's JSON body, {@code {contacts: [...]}}; a {@code text/csv} upload has the same fields as columns
     * ({@code ContactCsvReader.COLUMNS}), attributes aside.
     */
    public static ObjectNode contactsUpload() {
        ObjectNode contact = requestBody(ContactListRules.contactFields(), "One contact; its number is read with libphonenumber and stored in E.164.");
        ObjectNode attributes = ((ObjectNode) contact.get("properties")).putObject("attributes").put("type", "object")
                .put("maxProperties", ContactListRules.MAX_ATTRIBUTES).put("description", "Free values for the dialer, by name.");
        attributes.putObject("propertyNames").put("minLength", ContactListRules.ATTRIBUTE_KEY.minLength())
                .put("maxLength", ContactListRules.ATTRIBUTE_KEY.maxLength());
        attributes.putObject("additionalProperties").put("type", "string").put("maxLength", ContactListRules.ATTRIBUTE_VALUE.maxLength());
        ObjectNode root = NODES.objectNode().put("type", "object").put("description", "Contacts to add to a list: each good one the list does not hold yet is stored.");
        root.putObject("properties").putObject("contacts").put("type", "array").set("items", contact);
        return root;
    }

    /** A callback request's body, from the callback rules. */
    public static ObjectNode callbackRequest() {
        return requestBody(CallbackRules.fields(), "Generated from the callback rules; exactly one of phone and contactId.");
    }

    /** A DNC upload's JSON body, {@code {numbers: [{phone, region}]}}; a {@code text/csv} one has the same columns. */
    public static ObjectNode dncNumbersUpload() {
        ObjectNode number = requestBody(ContactListRules.dncNumberFields(), "One number; read with libphonenumber and stored in E.164.");
        ObjectNode root = NODES.objectNode().put("type", "object").put("description", "Numbers to add to a DNC list: each good one the list does not hold yet is stored.");
        root.putObject("properties").putObject("numbers").put("type", "array").set("items", number);
        return root;
    }

    private static ObjectNode requestBody(List<FieldSpec> specs, String description) {
        List<DocumentedField> fields = specs.stream()
                .map(spec -> new DocumentedField(spec.path(), spec, List.of(spec.type().jsonType()), spec.condition())).toList();
        Map<Optional<String>, List<DocumentedField>> byCondition = fields.stream()
                .collect(Collectors.groupingBy(DocumentedField::condition, LinkedHashMap::new, Collectors.toList()));
        ObjectNode root = object("", byCondition.getOrDefault(Optional.<String>empty(), List.of()), null);
        root.put("description", description);
        byCondition.forEach((condition, group) -> condition.ifPresent(c -> addConditional(root, c, group, null)));
        return root;
    }

    /**
     * The last segment of the codes whose problems no schema keyword can check, one kind per entry of
     * {@link #notExpressed()}: a body refused only for these passes its schema.
     */
    public static final java.util.Set<String> INEXPRESSIBLE_PROBLEMS = java.util.Set.of("notFound", "notVerified", "unknownZone",
            "startEqualsEnd", "reversed", "useScheduleRoute");

    /** What the rule sets check that no JSON Schema keyword can, for the docs' comparison table. */
    public static List<String> notExpressed() {
        return List.of(
                "names must exist in the app's directories (contact lists, DNC list, queue, experience flow), caller id verified",
                "`timezone` must be a known IANA zone",
                "restricted-period dates must be real calendar dates (`2025-02-30` is refused)",
                "cross-field rules: a window's end equal to its start, a period ending before it starts, `isSchedulingEnabled: true`",
                "warnings (overlapping windows, windows differing under WEEKLY, repeated lists, fields another mode ignores) never fail a schema",
                "read limits of the adapter (document size, nesting, string and number length) and duplicate keys");
    }

    /** {@code shape} is the campaign body's, or null for another body (no dialing-mode constant, no unkept fields). */
    private static ObjectNode object(String prefix, List<DocumentedField> group, ModeDialect shape) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (DocumentedField f : group) {
            if (f.isElement() || !f.parentPath().equals(prefix)) continue;
            properties.set(f.name(), property(f, group, shape));
            if (f.spec().required()) required.add(f.name());
        }
        if (shape != null) {
            WireFormat.unkeptFields(prefix).forEach((name, type) -> properties.putObject(name).putArray("type").add(type).add("null"));
        }
        if (!required.isEmpty()) node.set("required", required);
        return node;
    }

    private static ObjectNode property(DocumentedField f, List<DocumentedField> group, ModeDialect shape) {
        FieldSpec spec = f.spec();
        ObjectNode node = NODES.objectNode();
        node.put("description", spec.description());
        if (f.jsonTypes().size() > 1) return oneOfTypes(f, node);
        List<String> types = new java.util.ArrayList<>(f.jsonTypes());
        if (!spec.required()) types.add("null");
        if (types.size() == 1) {
            node.put("type", types.getFirst());
        } else {
            ArrayNode typeNames = node.putArray("type");
            types.forEach(typeNames::add);
        }

        if (shape != null && f.wirePath().equals("dialingMode")) {
            node.put("const", shape.mode().wireName());
        } else if (!spec.allowed().isEmpty() && f.jsonTypes().contains("string")) {
            ArrayNode values = node.putArray("enum");
            spec.allowed().forEach(values::add);
            if (f.jsonTypes().contains("boolean")) values.add(true).add(false);
            // an optional field may be sent as null (read as absent): the enum must allow what the type does
            if (!spec.required()) values.addNull();
        }
        if (f.jsonTypes().equals(List.of("string"))) text(node, spec);
        switch (spec.type()) {
            case INTEGER -> {
                spec.min().ifPresent(v -> node.put("minimum", v));
                spec.max().ifPresent(v -> node.put("maximum", v));
            }
            case LIST -> {
                spec.min().filter(v -> v > 0).ifPresent(v -> node.put("minItems", v));
                spec.max().ifPresent(v -> node.put("maxItems", v));
                group.stream().filter(e -> e.wirePath().equals(f.wirePath() + "[]")).findFirst()
                        .ifPresent(e -> node.set("items", element(e, group, shape)));
            }
            case OBJECT -> node.setAll(withoutType(object(f.wirePath(), group, shape)));
            case TEXT, BOOLEAN -> { }
        }
        return node;
    }

    /**
     * A value of one of several JSON types (such as {@code enableMachineDetect}: a word or a boolean) as a {@code oneOf}
     * of one schema per type, the text's allowed words in its own: generators and strict validators refuse a union of
     * types in {@code type}.
     */
    private static ObjectNode oneOfTypes(DocumentedField f, ObjectNode node) {
        ArrayNode alternatives = node.putArray("oneOf");
        for (String type : f.jsonTypes()) {
            ObjectNode alternative = alternatives.addObject().put("type", type);
            if (type.equals("string") && !f.spec().allowed().isEmpty()) f.spec().allowed().forEach(alternative.putArray("enum")::add);
        }
        // an optional field may be sent as null (read as absent)
        if (!f.spec().required()) alternatives.addObject().put("type", "null");
        return node;
    }

    private static ObjectNode element(DocumentedField e, List<DocumentedField> group, ModeDialect shape) {
        if (e.spec().type() == ValueType.OBJECT) return object(e.wirePath(), group, shape);
        ObjectNode node = NODES.objectNode();
        node.put("type", e.jsonTypes().getFirst());
        if (e.spec().type() == ValueType.TEXT) {
            if (!e.spec().allowed().isEmpty()) e.spec().allowed().forEach(node.putArray("enum")::add);
            text(node, e.spec());
        }
        return node;
    }

    private static void text(ObjectNode node, FieldSpec spec) {
        spec.minLength().filter(v -> v > 0).ifPresent(v -> node.put("minLength", v));
        spec.maxLength().ifPresent(v -> node.put("maxLength", v));
        if (spec.pattern().isPresent()) node.put("pattern", "^(?:" + spec.pattern().get() + ")$");
        else if (!spec.blankAllowed()) node.put("pattern", "[^" + TextLimit.BLANK_CHARACTERS + "]");
        // Unpaired surrogates, also refused by the rules, are beyond what a schema pattern can see.
        if (spec.codes().contains("invalidCharacter")) node.putObject("not").put("pattern", TextRule.CONTROL_CHARACTERS);
    }


    private static ObjectNode withoutType(ObjectNode object) {
        object.remove("type");
        return object;
    }

    /** Adds the group's fields to the object they belong to, under an {@code if} on the condition. */
    private static void addConditional(ObjectNode root, String condition, List<DocumentedField> group, ModeDialect shape) {
        String level = group.stream().min(Comparator.comparingInt(f -> f.wirePath().length())).orElseThrow().parentPath();
        ObjectNode branch = withoutType(object(level, group, shape));
        ObjectNode test = NODES.objectNode();
        ObjectNode testProperties = test.putObject("properties");
        ArrayNode testRequired = test.putArray("required");
        boolean negated = false;
        for (Condition c : DocumentedFields.Condition.all(condition)) {
            testProperties.putObject(c.field()).set("const", constant(c.value()));
            testRequired.add(c.field());
            negated |= c.negated();
        }
        if (negated && DocumentedFields.Condition.all(condition).size() > 1) {
            throw new IllegalStateException("cannot express a negated compound condition: " + condition);
        }
        // unevaluatedProperties: true is JSON Schema's default, so it changes nothing here; said outright, it keeps linters that
        // default every subschema to false (Redocly's example check) from judging a test or a branch as if it were the whole object.
        test.put("unevaluatedProperties", true);
        branch.put("unevaluatedProperties", true);
        ObjectNode rule = NODES.objectNode();
        rule.set("if", test);
        rule.set(negated ? "else" : "then", branch);
        ObjectNode target = at(root, level);
        (target.has("allOf") ? (ArrayNode) target.get("allOf") : target.putArray("allOf")).add(rule);
        // Generators read an object's properties, not its branches: name each property there too; the branches narrow it.
        ObjectNode declared = target.has("properties") ? (ObjectNode) target.get("properties") : target.putObject("properties");
        branch.path("properties").properties().forEach(p -> {
            if (!declared.has(p.getKey())) declared.set(p.getKey(), loosened(p.getValue()));
        });
    }

    /**
     * What every branch agrees a property is: its type and description, and the same of an array's items and an
     * object's properties, with none of the constraints a branch adds (required members, patterns, lengths).
     */
    private static ObjectNode loosened(JsonNode property) {
        ObjectNode out = NODES.objectNode();
        if (property.has("type")) out.set("type", property.get("type").deepCopy());
        if (property.has("description")) out.set("description", property.get("description").deepCopy());
        if (property.has("items")) out.set("items", loosened(property.get("items")));
        if (property.has("properties")) {
            ObjectNode properties = out.putObject("properties");
            property.get("properties").properties().forEach(p -> properties.set(p.getKey(), loosened(p.getValue())));
        }
        return out;
    }

    private static JsonNode constant(String value) {
        return switch (value) {
            case "true" -> NODES.booleanNode(true);
            case "false" -> NODES.booleanNode(false);
            default -> NODES.stringNode(value);
        };
    }

    /** The schema node of the object at a wire path, following {@code properties} and {@code items}. */
    private static ObjectNode at(ObjectNode root, String wirePath) {
        ObjectNode node = root;
        if (wirePath.isEmpty()) return node;
        for (String segment : wirePath.split("\\.")) {
            boolean element = segment.endsWith("[]");
            String name = element ? segment.substring(0, segment.length() - 2) : segment;
            JsonNode next = node.path("properties").path(name);
            if (element) next = next.path("items");
            if (!(next instanceof ObjectNode o)) throw new IllegalStateException("no schema node at " + wirePath);
            node = o;
        }
        return node;
    }
}

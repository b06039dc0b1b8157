package dev.voicecampaign.docs.model;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.json.RequestWriter;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies broken in exactly one field, derived from the documented fields: for each code a
 * field can raise, a body that should raise it. The code catalogue takes its example messages from
 * them and the JSON Schema test compares schema and rules on them.
 */
public final class BrokenBodies {
    public static final StreamId STREAM = new StreamId("st-docs");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A body broken at {@code wirePath} so that it should raise {@code problem} there. */
    public record BrokenBody(String wirePath, String problem, ObjectNode body) {
    }

    private BrokenBodies() {
    }

    public static ValidationContext context() {
        return new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));
    }

    /**
     * The testkit's valid draft of the shape as a wire body, with one holiday, one communication limit and one
     * compliance pack so that the rows of those lists apply.
     */
    public static ObjectNode validBody(ModeDialect shape) {
        var result = CampaignRules.standard().validate(ValidDrafts.of(shape.mode(), shape.dialect()), context()).result();
        if (result.isInvalid()) throw new IllegalStateException("testkit draft invalid: " + result.getError());
        Campaign campaign = result.get();
        ObjectNode body = RequestWriter.body(campaign, shape.dialect());
        ObjectNode hours = (ObjectNode) body.get("dialingStrategy").get("callingHours");
        hours.putArray("restrictedPeriods").addObject().put("from", "2026-12-24").put("to", "2026-12-26").put("label", "Christmas");
        body.putArray("communicationLimits").addObject().put("maxCountPerRecipient", 3).put("frequency", 7).put("unit", "DAY");
        body.putArray("compliancePacks").add("us");
        return body;
    }

    public static List<BrokenBody> of(ModeDialect shape) {
        List<BrokenBody> out = new ArrayList<>();
        ObjectNode valid = validBody(shape);
        for (DocumentedField f : DocumentedFields.of(shape)) {
            if (f.condition().isPresent() && !holds(valid, f)) continue;
            for (String problem : f.spec().codes()) {
                Optional<JsonNode> broken = problem.equals("tooMany") ? tooMany(valid, f) : breaking(f, problem);
                broken.ifPresent(value -> {
                    ObjectNode body = valid.deepCopy();
                    if (set(body, f.wirePath(), value)) out.add(new BrokenBody(f.wirePath(), problem, body));
                });
            }
        }
        out.addAll(acrossFields(shape, valid));
        return out;
    }

    /** One more element than the list may hold, repeating the valid body's first one. */
    private static Optional<JsonNode> tooMany(ObjectNode valid, DocumentedField f) {
        if (!(at(valid, f.wirePath()) instanceof ArrayNode list) || list.isEmpty()) return Optional.empty();
        ArrayNode many = NODES.arrayNode();
        for (long i = 0; i <= f.spec().max().orElseThrow(); i++) many.add(list.get(0).deepCopy());
        return Optional.of(many);
    }

    /** Bodies for the rules across fields and the warnings no single value shows. */
    private static List<BrokenBody> acrossFields(ModeDialect shape, ObjectNode valid) {
        List<BrokenBody> out = new ArrayList<>();
        String hours = "dialingStrategy.callingHours";
        ObjectNode equal = valid.deepCopy();
        window(equal, 0).put("end", window(equal, 0).get("start").asString());
        out.add(new BrokenBody(hours + ".days[].end", "startEqualsEnd", equal));
        ObjectNode overlap = valid.deepCopy();
        days(overlap).addObject().put("day", window(overlap, 0).get("day").asString()).put("start", "10:00 AM").put("end", "11:00 AM");
        out.add(new BrokenBody(hours + ".days", "overlap", overlap));
        ObjectNode differ = valid.deepCopy();
        window(differ, 0).put("end", "1:00 PM");
        out.add(new BrokenBody(hours + ".frequency", "windowsDiffer", differ));
        ObjectNode daily = valid.deepCopy();
        ((ObjectNode) daily.get("dialingStrategy").get("callingHours")).put("frequency", "DAILY");
        out.add(new BrokenBody(hours + ".days[].day", "ignored", daily));
        ObjectNode reversed = valid.deepCopy();
        ((ObjectNode) hours(reversed).get("restrictedPeriods").get(0)).put("from", "2026-12-27");
        out.add(new BrokenBody(hours + ".restrictedPeriods[]", "reversed", reversed));
        ObjectNode scheduled = valid.deepCopy();
        scheduled.putObject("schedule").put("isSchedulingEnabled", true);
        out.add(new BrokenBody("schedule.isSchedulingEnabled", "useScheduleRoute", scheduled));
        ObjectNode repeated = valid.deepCopy();
        ((ArrayNode) repeated.get("contactLists")).add(repeated.get("contactLists").get(0).asString());
        out.add(new BrokenBody("contactLists", "duplicate", repeated));
        ObjectNode repeatedPack = valid.deepCopy();
        ((ArrayNode) repeatedPack.get("compliancePacks")).add(repeatedPack.get("compliancePacks").get(0).asString());
        out.add(new BrokenBody("compliancePacks", "duplicate", repeatedPack));
        if (shape.dialectName().equals("v1")) {
            ObjectNode dnc = valid.deepCopy();
            dnc.putObject("dncLists").put("name", SampleDirectories.DNC_LISTS.getFirst());
            out.add(new BrokenBody("dncLists", "notInDialect", dnc));
        }
        return out;
    }

    private static ObjectNode hours(ObjectNode body) {
        return (ObjectNode) body.get("dialingStrategy").get("callingHours");
    }

    private static ArrayNode days(ObjectNode body) {
        return (ArrayNode) hours(body).get("days");
    }

    private static ObjectNode window(ObjectNode body, int index) {
        return (ObjectNode) days(body).get(index);
    }

    /** Whether a field's condition holds in the body, looking the condition's field up from the field's object outwards. */
    private static boolean holds(ObjectNode body, DocumentedField f) {
        for (DocumentedFields.Condition c : DocumentedFields.Condition.all(f.condition().orElseThrow())) {
            String path = f.parentPath();
            JsonNode value = null;
            while (value == null) {
                JsonNode at = at(body, path);
                if (at != null && at.has(c.field())) value = at.get(c.field());
                if (path.isEmpty()) break;
                int dot = path.lastIndexOf('.');
                path = dot < 0 ? "" : path.substring(0, dot);
            }
            boolean equal = value != null && !value.isNull() && value.asString().equals(c.value());
            if (equal == c.negated()) return false;
        }
        return true;
    }

    /** The node at a wire path, taking element 0 of lists; null when absent. */
    private static JsonNode at(ObjectNode body, String wirePath) {
        JsonNode node = body;
        if (wirePath.isEmpty()) return node;
        for (String segment : wirePath.split("\\.")) {
            boolean element = segment.endsWith("[]");
            node = node.get(element ? segment.substring(0, segment.length() - 2) : segment);
            if (element && node instanceof ArrayNode array) node = array.isEmpty() ? null : array.get(0);
            if (node == null) return null;
        }
        return node;
    }

    /** The value that breaks a field in the named way; empty for problems no single value shows. */
    private static Optional<JsonNode> breaking(DocumentedField f, String problem) {
        FieldSpec s = f.spec();
        return Optional.ofNullable(switch (problem) {
            case "required" -> NODES.nullNode();
            case "blank" -> NODES.stringNode("   ");
            case "invalidCharacter" -> f.jsonTypes().contains("string") ? NODES.stringNode("Bell\u0007") : null;
            case "tooLong" -> NODES.stringNode("x".repeat(s.maxLength().orElseThrow() + 1));
            case "outOfRange" -> NODES.numberNode(s.max().orElseThrow() + 1);
            case "notAllowed" -> f.jsonTypes().contains("string") ? NODES.stringNode("NOT-A-VALUE") : null;
            case "format" -> NODES.stringNode("not-a-format");
            case "notFound" -> NODES.stringNode("No Such Name");
            case "notVerified" -> NODES.stringNode(SampleDirectories.UNVERIFIED_CALLER_ID);
            case "unassigned" -> NODES.stringNode(SampleDirectories.UNASSIGNED_CALLER_ID);
            case "unknownZone" -> NODES.stringNode("Mars/Olympus_Mons");
            case "notVoice" -> NODES.stringNode("sms");
            case "ignoredForMode" -> f.jsonTypes().contains("string") ? NODES.stringNode("detect")
                    : f.jsonTypes().contains("boolean") ? NODES.booleanNode(true) : NODES.numberNode(1);
            case "tooFew" -> s.min().filter(m -> m > 0).map(m -> (JsonNode) NODES.arrayNode()).orElse(null);
            case "tooMany" -> null; // built from the valid list in of(), which knows the element
            default -> null;
        });
    }

    /** Replaces the value at a wire path ({@code a.b[].c} takes element 0); false when the path is not in the body. */
    private static boolean set(ObjectNode body, String wirePath, JsonNode value) {
        int dot = wirePath.lastIndexOf('.');
        JsonNode parent = at(body, dot < 0 ? "" : wirePath.substring(0, dot));
        String last = wirePath.substring(dot + 1);
        if (last.endsWith("[]")) {
            if (!(parent instanceof ObjectNode o) || !(o.get(last.substring(0, last.length() - 2)) instanceof ArrayNode list) || list.isEmpty()) return false;
            list.set(0, value);
            return true;
        }
        if (!(parent instanceof ObjectNode o)) return false;
        o.set(last, value);
        return true;
    }
}

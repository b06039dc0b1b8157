package dev.voicecampaign.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.testkit.SampleDirectories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Structured fuzzing input: one of the seeds' golden request bodies, with a few values, keys or
 * subtrees replaced, added, removed, repeated or moved as the fuzzer's bytes decide. Replacement
 * values come mostly from the domain's own vocabulary (modes, days, times, zones, the sample
 * directories' names), so mutated bodies stay close enough to valid to reach the deep rules
 * (calling-hours overlaps, restricted periods, mode-specific fields) rather than stopping at the parser.
 */
final class SampleMutator {
    /** A body to feed the boundary and the dialect to read it in. */
    record Body(byte[] bytes, Dialect dialect) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> SAMPLES = Stream.of("agentless-v2", "preview-v2", "progressive-v2", "update-v1")
            .map(name -> CampaignJson.parse(GoldenSamples.request(name))).toList();

    private static final List<String> KEYS = List.of("name", "description", "contactLists", "dncLists", "priority", "dialingMode",
            "dialingStrategy", "schedule", "queue_name", "queueName", "maxSkips", "experienceFlowName", "enableMachineDetect",
            "campaignType", "callerId", "phoneNumber", "callingHours", "dialingOrder", "maxAttemptsPerRecord", "defaultRetryPeriod",
            "maxRingTime", "frequency", "timezone", "days", "restrictedPeriods", "day", "start", "end", "from", "to", "yearly",
            "label", "isSchedulingEnabled", "isRecurrenceEnabled", "", "a/b~c");

    private static final List<String> WORDS = Stream.of(
            List.of("Agentless", "Preview", "Progressive", "Predictive", "agentless", "MO", "TU", "WE", "TH", "FR", "SA", "SU", "Mon",
                    "WEEKLY", "DAILY", "CUSTOM", "weekly", "Asia/Kolkata", "America/New_York", "Europe/London", "Australia/Lord_Howe",
                    "Pacific/Chatham", "America/Sao_Paulo", "UTC", "Z", "+05:30", "GMT0", "Not/AZone", "9:00 AM", "6:00 PM", "12:00 AM",
                    "12:00 PM", "11:59 PM", "12:30 AM", "0:00 AM", "13:00 PM", "9:60 AM", "09:00", "9:00AM", "9:00 am", "2030-12-25",
                    "--12-25", "--02-29", "2030-02-30", "2030-13-01", "2031-01-01", "2029-12-31", "FIFO", "LIFO", "RANDOM", "1", "3",
                    "5", "0", "6", "01", " 1", "no", "detect", "disconnect", "yes", "voice", "sms", "+148465xxxxx",
                    SampleDirectories.UNVERIFIED_CALLER_ID, "", " ", "x".repeat(300), "\uD83D\uDCDE".repeat(49), "\uD800", "a\u0000b"),
            SampleDirectories.CONTACT_LISTS, SampleDirectories.DNC_LISTS, SampleDirectories.QUEUES,
            SampleDirectories.EXPERIENCE_FLOWS, SampleDirectories.CALLER_IDS).flatMap(List::stream).toList();

    private static final List<String> NUMBERS = List.of("1e99999999999", "1e-99999999999", "1e999999999", "-1E+99999999",
            "1e-999999999", "0e999999999", "1E2147483647", "1.5e-2147483647", "3.0", "3.5", "3.0e1", "-0", "-0.0",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(99));

    private SampleMutator() {
    }

    static Body body(FuzzedDataProvider data) {
        JsonNode root = data.pickValue(SAMPLES).deepCopy();
        Dialect dialect = data.consumeBoolean() ? Dialect.V2 : Dialect.V1;
        int mutations = data.consumeInt(1, 8);
        for (int i = 0; i < mutations; i++) mutate(root, data);
        return new Body(CampaignJson.bytes(root), dialect);
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String key, int index) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (key != null) ((ObjectNode) parent).set(key, value);
            else ((ArrayNode) parent).set(index, value);
        }

        void remove() {
            if (key != null) ((ObjectNode) parent).remove(key);
            else ((ArrayNode) parent).remove(index);
        }
    }

    private static void mutate(JsonNode root, FuzzedDataProvider data) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            ((ObjectNode) root).set(data.pickValue(KEYS), word(data));
            return;
        }
        Slot slot = data.pickValue(slots);
        switch (data.consumeInt(0, 11)) {
            case 0 -> slot.set(word(data));
            case 1 -> slot.set(NODES.stringNode(data.consumeString(64)));
            case 2 -> slot.set(NODES.numberNode(data.consumeInt(-10, 400)));
            case 3 -> slot.set(NODES.numberNode(data.consumeLong()));
            case 4 -> slot.set(NODES.rawValueNode(new RawValue(number(data))));
            case 5 -> slot.set(NODES.booleanNode(data.consumeBoolean()));
            case 6 -> slot.set(NODES.nullNode());
            case 7 -> slot.set(shape(data));
            case 8 -> slot.remove();
            case 9 -> add(slot.parent(), data);
            case 10 -> repeatKey(slot, data);
            default -> slot.set(data.pickValue(slots).value().deepCopy());
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                slots.add(new Slot(node, field.getKey(), -1));
                collect(field.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private static JsonNode word(FuzzedDataProvider data) {
        return NODES.stringNode(data.pickValue(WORDS));
    }

    /** A number literal, written as is: exotic forms from the list, or built from sign, digits, fraction and exponent. */
    private static String number(FuzzedDataProvider data) {
        if (data.consumeBoolean()) return data.pickValue(NUMBERS);
        StringBuilder text = new StringBuilder();
        if (data.consumeBoolean()) text.append('-');
        text.append(Long.toUnsignedString(data.consumeLong() >>> data.consumeInt(0, 63)));
        if (data.consumeBoolean()) text.append('.').append(data.consumeInt(0, Integer.MAX_VALUE));
        if (data.consumeBoolean()) text.append(data.consumeBoolean() ? 'e' : 'E').append(data.consumeBoolean() ? data.consumeInt() : data.consumeLong());
        return text.toString();
    }

    /** An empty or small container: the shapes the wire format uses, so the rules see plausible entries. */
    private static JsonNode shape(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> NODES.objectNode();
            case 1 -> NODES.arrayNode();
            case 2 -> {
                ArrayNode words = NODES.arrayNode();
                for (int n = data.consumeInt(1, 10); n > 0; n--) words.add(word(data));
                yield words;
            }
            case 3 -> window(data);
            case 4 -> restrictedPeriod(data);
            default -> {
                ArrayNode periods = NODES.arrayNode();
                for (int n = data.consumeInt(1, 4); n > 0; n--) periods.add(restrictedPeriod(data));
                yield periods;
            }
        };
    }

    private static ObjectNode window(FuzzedDataProvider data) {
        ObjectNode w = NODES.objectNode();
        w.set("day", word(data));
        w.set("start", word(data));
        w.set("end", word(data));
        return w;
    }

    private static ObjectNode restrictedPeriod(FuzzedDataProvider data) {
        ObjectNode p = NODES.objectNode();
        p.set("from", word(data));
        p.set("to", word(data));
        p.put("yearly", data.consumeBoolean());
        p.set("label", word(data));
        return p;
    }

    private static void add(JsonNode parent, FuzzedDataProvider data) {
        if (parent instanceof ObjectNode o) {
            String key = data.consumeBoolean() ? data.pickValue(KEYS) : data.consumeString(12);
            o.set(key, data.consumeBoolean() ? word(data) : shape(data));
        } else if (parent instanceof ArrayNode a) {
            JsonNode element = a.isEmpty() || data.consumeBoolean() ? word(data) : a.get(data.consumeInt(0, a.size() - 1)).deepCopy();
            a.insert(data.consumeInt(0, a.size()), element);
        }
    }

    /** The object the slot is in gets the slot's key a second time (which a tree cannot hold, so it is written raw). */
    private static void repeatKey(Slot slot, FuzzedDataProvider data) {
        if (slot.key() == null) return;
        String first = new String(CampaignJson.bytes(slot.value()), java.nio.charset.StandardCharsets.UTF_8);
        String again = new String(CampaignJson.bytes(word(data)), java.nio.charset.StandardCharsets.UTF_8);
        String key = new String(CampaignJson.bytes(NODES.stringNode(slot.key())), java.nio.charset.StandardCharsets.UTF_8);
        slot.set(NODES.rawValueNode(new RawValue(first + ", " + key + ": " + again)));
    }
}

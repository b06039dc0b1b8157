package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DialingStrategyDraft;
import dev.voicecampaign.core.draft.DncListDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.RequestCodes;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Maps a request body of either dialect to a {@link CampaignDraft}. It only maps: every limit is
 * checked by the rules afterwards. Decisions at this boundary:
 * <ul>
 *   <li>Types are strict: a number sent as a string, or a string sent as a number (including
 *       {@code priority}, a string on the wire), is {@code request.field.wrongType} and the field is
 *       left absent. A whole number written with a zero fraction ({@code 3.0}) is accepted as an
 *       integer; other fractions are wrong types. Integers beyond a long are clamped so the rules
 *       report them as out of range.</li>
 *   <li>{@code null} means absent. A repeated key is an error ({@code request.field.duplicate}); the
 *       first value is kept. An unknown field is a warning ({@code request.field.unknown}) and ignored.</li>
 *   <li>{@code enableMachineDetect}: v1 is a boolean ({@code true} = {@code detect}, {@code false} =
 *       {@code no}); v2 is a string ({@code no}, {@code detect}, {@code disconnect}) and also accepts
 *       a boolean, mapped the same way (lenient, since the documented v2 responses show a boolean).</li>
 *   <li>{@code dncLists} in a v1 body is read anyway so the rules can warn that v1 ignores it.</li>
 * </ul>
 */
public final class DraftReader {
    private DraftReader() {
    }

    public static ReadResult read(byte[] body, Dialect dialect) {
        JsonTreeReader.Tree tree = JsonTreeReader.read(body);
        if (tree.failure() != null) return new ReadResult(Optional.empty(), List.of(tree.failure()));
        JsonNode root = tree.root();
        if (!root.isObject()) {
            return new ReadResult(Optional.empty(), List.of(JsonTreeReader.error(RequestCodes.NOT_OBJECT,
                    "the body must be a JSON object, not {found}", "found", kind(root))));
        }
        Reader r = new Reader();
        r.found.addAll(tree.duplicates());
        CampaignDraft draft = r.campaign(root, dialect);
        return new ReadResult(Optional.of(draft), List.ofAll(r.found));
    }

    static String kind(JsonNode node) {
        if (node.isObject()) return "object";
        if (node.isArray()) return "array";
        if (node.isString()) return "string";
        if (node.isIntegralNumber()) return "integer";
        if (node.isNumber()) return "number";
        if (node.isBoolean()) return "boolean";
        return "null";
    }

    /** One read: collects the boundary violations while mapping. */
    private static final class Reader {
        final java.util.List<Violation> found = new ArrayList<>();

        CampaignDraft campaign(JsonNode o, Dialect dialect) {
            Path at = Path.root();
            unknown(o, at, WireFields.ROOT);
            return new CampaignDraft(dialect, text(o, at, "name"), text(o, at, "description"),
                    list(o, at, "contactLists", this::textElement), object(o, at, "dncLists", this::dncList),
                    text(o, at, "priority"), text(o, at, "dialingMode"), object(o, at, "dialingStrategy", this::strategy),
                    object(o, at, "schedule", this::schedule), text(o, at, WireFields.QUEUE_NAME, "queueName"),
                    whole(o, at, "maxSkips"), text(o, at, "experienceFlowName"), machineDetection(o, at, dialect),
                    text(o, at, "campaignType"));
        }

        DncListDraft dncList(JsonNode o, Path at) {
            unknown(o, at, WireFields.DNC_LIST);
            return new DncListDraft(text(o, at, "name"));
        }

        DialingStrategyDraft strategy(JsonNode o, Path at) {
            unknown(o, at, WireFields.STRATEGY);
            return new DialingStrategyDraft(object(o, at, "callerId", this::callerId), object(o, at, "callingHours", this::callingHours),
                    text(o, at, "dialingOrder"), whole(o, at, "maxAttemptsPerRecord"), whole(o, at, "defaultRetryPeriod"),
                    whole(o, at, "maxRingTime"));
        }

        CallerIdDraft callerId(JsonNode o, Path at) {
            unknown(o, at, WireFields.CALLER_ID);
            return new CallerIdDraft(text(o, at, "phoneNumber"));
        }

        CallingHoursDraft callingHours(JsonNode o, Path at) {
            unknown(o, at, WireFields.CALLING_HOURS);
            return new CallingHoursDraft(text(o, at, "frequency"), text(o, at, "timezone"),
                    list(o, at, "days", (n, p) -> objectElement(n, p, this::window)),
                    list(o, at, "restrictedPeriods", (n, p) -> objectElement(n, p, this::restricted)));
        }

        DayWindowDraft window(JsonNode o, Path at) {
            unknown(o, at, WireFields.WINDOW);
            return new DayWindowDraft(text(o, at, "day"), text(o, at, "start"), text(o, at, "end"));
        }

        RestrictedPeriodDraft restricted(JsonNode o, Path at) {
            unknown(o, at, WireFields.RESTRICTED);
            return new RestrictedPeriodDraft(text(o, at, "from"), text(o, at, "to"), bool(o, at, "yearly"), text(o, at, "label"));
        }

        ScheduleDraft schedule(JsonNode o, Path at) {
            unknown(o, at, WireFields.SCHEDULE);
            bool(o, at, "isRecurrenceEnabled");
            return new ScheduleDraft(bool(o, at, "isSchedulingEnabled"));
        }

        String machineDetection(JsonNode o, Path at, Dialect dialect) {
            JsonNode v = o.get("enableMachineDetect");
            if (v == null || v.isNull()) return null;
            if (v.isBoolean()) return v.booleanValue() ? "detect" : "no";
            if (dialect == Dialect.V2 && v.isString()) return v.stringValue();
            return wrongType(at.field("enableMachineDetect"), dialect == Dialect.V1 ? "boolean" : "string");
        }

        void unknown(JsonNode o, Path at, Set<String> known) {
            for (String name : o.propertyNames()) {
                if (!known.contains(name)) {
                    found.add(Violation.warning(at.field(name), RequestCodes.UNKNOWN_FIELD, Map.of(),
                            "is not a field of this request and is ignored"));
                }
            }
        }

        String text(JsonNode o, Path at, String name) {
            return text(o, at, name, name);
        }

        /** {@code wire} is the JSON name, {@code draft} the draft's (they differ only for queue_name). */
        String text(JsonNode o, Path at, String wire, String draft) {
            JsonNode v = o.get(wire);
            if (v == null || v.isNull()) return null;
            return v.isString() ? v.stringValue() : wrongType(at.field(draft), "string");
        }

        String textElement(JsonNode v, Path at) {
            if (v.isNull()) return null;
            return v.isString() ? v.stringValue() : wrongType(at, "string");
        }

        Boolean bool(JsonNode o, Path at, String name) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) return null;
            return v.isBoolean() ? v.booleanValue() : wrongType(at.field(name), "boolean");
        }

        Long whole(JsonNode o, Path at, String name) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) return null;
            if (v.isIntegralNumber()) return clamp(v.bigIntegerValue());
            if (v.isNumber()) {
                BigDecimal d = v.decimalValue().stripTrailingZeros();
                if (d.scale() <= 0) return clamp(d);
            }
            return wrongType(at.field(name), "integer");
        }

        /**
         * A whole decimal as a long, clamped. Decided from its digit count before any conversion:
         * {@code 1e999999999} has one digit of precision, and turning it into a BigInteger would
         * take seconds of CPU, or throw beyond BigInteger's range.
         */
        static Long clamp(BigDecimal whole) {
            long integerDigits = (long) whole.precision() - whole.scale();
            if (integerDigits > 19) return whole.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            return clamp(whole.toBigInteger());
        }

        static Long clamp(BigInteger n) {
            if (n.bitLength() < 64) return n.longValue();
            return n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }

        <T> T object(JsonNode o, Path at, String name, BiFunction<JsonNode, Path, T> mapper) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) return null;
            return objectElement(v, at.field(name), mapper);
        }

        <T> T objectElement(JsonNode v, Path at, BiFunction<JsonNode, Path, T> mapper) {
            if (v.isNull()) return null;
            return v.isObject() ? mapper.apply(v, at) : wrongType(at, "object");
        }

        <T> java.util.List<T> list(JsonNode o, Path at, String name, BiFunction<JsonNode, Path, T> element) {
            JsonNode v = o.get(name);
            if (v == null || v.isNull()) return null;
            if (!v.isArray()) return wrongType(at.field(name), "array");
            java.util.List<T> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) out.add(element.apply(v.get(i), at.field(name).index(i)));
            return out;
        }

        <T> T wrongType(Path at, String expected) {
            found.add(new Violation(at, RequestCodes.WRONG_TYPE, Map.of("expected", expected), "must be a JSON " + expected,
                    dev.voicecampaign.core.violation.Severity.ERROR));
            return null;
        }
    }
}

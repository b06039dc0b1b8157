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
        JsonTreeReader.Values document = JsonTreeReader.readValues(body);
        if (document.failure() != null) return new ReadResult(Optional.empty(), List.of(document.failure()));
        if (!(document.root() instanceof JsonValues.JsonObject root)) {
            return new ReadResult(Optional.empty(), List.of(JsonTreeReader.error(RequestCodes.NOT_OBJECT,
                    "the body must be a JSON object, not {found}", "found", kind(document.root()))));
        }
        Reader r = new Reader();
        r.found.addAll(document.duplicates());
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

    /** The JSON kind of a {@link JsonValues} value, as messages name it. */
    static String kind(Object value) {
        return switch (value) {
            case JsonValues.JsonObject o -> "object";
            case JsonValues.Array a -> "array";
            case String s -> "string";
            case Long l -> "integer";
            case BigInteger i -> "integer";
            case BigDecimal d -> "number";
            case Boolean b -> "boolean";
            default -> "null";
        };
    }

    /** One read: collects the boundary violations while mapping. */
    private static final class Reader {
        final java.util.List<Violation> found = new ArrayList<>(0);

        CampaignDraft campaign(JsonValues.JsonObject o, Dialect dialect) {
            Path at = Path.root();
            unknown(o, at, WireFields.ROOT);
            return new CampaignDraft(dialect, text(o, at, "name"), text(o, at, "description"),
                    list(o, at, "contactLists", this::nameElement), object(o, at, "dncLists", this::dncList),
                    text(o, at, "priority"), text(o, at, "dialingMode"), object(o, at, "dialingStrategy", this::strategy),
                    object(o, at, "schedule", this::schedule), RepeatedTexts.of(text(o, at, WireFields.QUEUE_NAME, "queueName")),
                    whole(o, at, "maxSkips"), name(o, at, "experienceFlowName"), machineDetection(o, at, dialect),
                    text(o, at, "campaignType"));
        }

        DncListDraft dncList(JsonValues.JsonObject o, Path at) {
            unknown(o, at, WireFields.DNC_LIST);
            return new DncListDraft(name(o, at, "name"));
        }

        DialingStrategyDraft strategy(JsonValues.JsonObject o, Path at) {
            unknown(o, at, WireFields.STRATEGY);
            return new DialingStrategyDraft(object(o, at, "callerId", this::callerId), object(o, at, "callingHours", this::callingHours),
                    text(o, at, "dialingOrder"), whole(o, at, "maxAttemptsPerRecord"), whole(o, at, "defaultRetryPeriod"),
                    whole(o, at, "maxRingTime"));
        }

        CallerIdDraft callerId(JsonValues.JsonObject o, Path at) {
            unknown(o, at, WireFields.CALLER_ID);
            return new CallerIdDraft(name(o, at, "phoneNumber"));
        }

        CallingHoursDraft callingHours(JsonValues.JsonObject o, Path at) {
            unknown(o, at, WireFields.CALLING_HOURS);
            return new CallingHoursDraft(text(o, at, "frequency"), name(o, at, "timezone"),
                    list(o, at, "days", (n, p) -> objectElement(n, p, this::window)),
                    list(o, at, "restrictedPeriods", (n, p) -> objectElement(n, p, this::restricted)));
        }

        DayWindowDraft window(JsonValues.JsonObject o, Path at) {
            unknown(o, at, WireFields.WINDOW);
            return new DayWindowDraft(text(o, at, "day"), text(o, at, "start"), text(o, at, "end"));
        }

        RestrictedPeriodDraft restricted(JsonValues.JsonObject o, Path at) {
            unknown(o, at, WireFields.RESTRICTED);
            return new RestrictedPeriodDraft(text(o, at, "from"), text(o, at, "to"), bool(o, at, "yearly"), text(o, at, "label"));
        }

        ScheduleDraft schedule(JsonValues.JsonObject o, Path at) {
            unknown(o, at, WireFields.SCHEDULE);
            bool(o, at, WireFields.RECURRENCE_FLAG);
            return new ScheduleDraft(bool(o, at, "isSchedulingEnabled"));
        }

        String machineDetection(JsonValues.JsonObject o, Path at, Dialect dialect) {
            Object v = o.get("enableMachineDetect");
            if (v == null || v == JsonValues.NULL) return null;
            if (v instanceof Boolean b) return b ? "detect" : "no";
            if (dialect == Dialect.V2 && v instanceof String s) return s;
            return wrongType(at.field("enableMachineDetect"), dialect == Dialect.V1 ? "boolean" : "string");
        }

        void unknown(JsonValues.JsonObject o, Path at, Set<String> known) {
            for (String name : o.names()) {
                if (!known.contains(name)) {
                    found.add(Violation.warning(at.field(name), RequestCodes.UNKNOWN_FIELD, Map.of(),
                            "is not a field of this request and is ignored"));
                }
            }
        }

        String text(JsonValues.JsonObject o, Path at, String name) {
            return text(o, at, name, name);
        }

        /** {@code wire} is the JSON name, {@code draft} the draft's (they differ only for queue_name). */
        String text(JsonValues.JsonObject o, Path at, String wire, String draft) {
            Object v = o.get(wire);
            if (v == null || v == JsonValues.NULL) return null;
            return v instanceof String s ? s : wrongType(at.field(draft), "string");
        }

        /** A text that names something many campaigns name alike (see {@link RepeatedTexts}). */
        String name(JsonValues.JsonObject o, Path at, String name) {
            return RepeatedTexts.of(text(o, at, name));
        }

        String nameElement(Object v, Path at) {
            return RepeatedTexts.of(textElement(v, at));
        }

        String textElement(Object v, Path at) {
            if (v == JsonValues.NULL) return null;
            return v instanceof String s ? s : wrongType(at, "string");
        }

        Boolean bool(JsonValues.JsonObject o, Path at, String name) {
            Object v = o.get(name);
            if (v == null || v == JsonValues.NULL) return null;
            return v instanceof Boolean b ? b : wrongType(at.field(name), "boolean");
        }

        Long whole(JsonValues.JsonObject o, Path at, String name) {
            Object v = o.get(name);
            if (v == null || v == JsonValues.NULL) return null;
            if (v instanceof Long n) return n;
            if (v instanceof BigInteger n) return clamp(n);
            if (v instanceof BigDecimal decimal) {
                BigDecimal d = decimal.stripTrailingZeros();
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

        <T> T object(JsonValues.JsonObject o, Path at, String name, BiFunction<JsonValues.JsonObject, Path, T> mapper) {
            Object v = o.get(name);
            if (v == null || v == JsonValues.NULL) return null;
            return objectElement(v, at.field(name), mapper);
        }

        <T> T objectElement(Object v, Path at, BiFunction<JsonValues.JsonObject, Path, T> mapper) {
            if (v == JsonValues.NULL) return null;
            return v instanceof JsonValues.JsonObject o ? mapper.apply(o, at) : wrongType(at, "object");
        }

        <T> java.util.List<T> list(JsonValues.JsonObject o, Path at, String name, BiFunction<Object, Path, T> element) {
            Object v = o.get(name);
            if (v == null || v == JsonValues.NULL) return null;
            if (!(v instanceof JsonValues.Array array)) return wrongType(at.field(name), "array");
            java.util.List<T> out = new ArrayList<>(array.size());
            Path listPath = at.field(name);
            for (int i = 0; i < array.size(); i++) out.add(element.apply(array.get(i), listPath.index(i)));
            return out;
        }

        <T> T wrongType(Path at, String expected) {
            found.add(new Violation(at, RequestCodes.WRONG_TYPE, Map.of("expected", expected), "must be a JSON " + expected,
                    dev.voicecampaign.core.violation.Severity.ERROR));
            return null;
        }
    }
}

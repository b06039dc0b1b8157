package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.CommunicationLimitDraft;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Maps a request body of either dialect to a {@link CampaignDraft}, straight from the token stream (no
 * tree in between). It only maps: every limit is checked by the rules afterwards. Decisions at this boundary:
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
 *   <li>Violations come in document order. A value that is not mapped (unknown, repeated or of the wrong
 *       type) is still read through, so a repeated key or an out-of-range number inside it is found as
 *       it would be anywhere else.</li>
 * </ul>
 */
public final class DraftReader {

    /** How list entries are read (non-capturing, so made once). */
    private static final java.util.function.Function<Reader, String> NAME_ELEMENT = Reader::textElement;
    private static final java.util.function.Function<Reader, DayWindowDraft> WINDOW_ELEMENT = r -> r.objectElement(Reader::window);
    private static final java.util.function.Function<Reader, RestrictedPeriodDraft> RESTRICTED_ELEMENT =
            r -> r.objectElement(Reader::restricted);
    private static final java.util.function.Function<Reader, CommunicationLimitDraft> LIMIT_ELEMENT =
            r -> r.objectElement(Reader::communicationLimit);

    private DraftReader() {
    }

    public static ReadResult<CampaignDraft> read(byte[] body, Dialect dialect) {
        JsonTreeReader.Parsed<ReadResult<CampaignDraft>> parsed = JsonTreeReader.parse(body, (p, first) -> first == JsonToken.START_OBJECT
                ? new Reader(p, dialect).campaign() : notAnObject(p, first));
        return parsed.failure() != null ? new ReadResult<>(Optional.empty(), List.of(parsed.failure())) : parsed.root();
    }

    /** Reads the root value through (it must still be well-formed JSON) and refuses it. */
    private static ReadResult<CampaignDraft> notAnObject(JsonParser p, JsonToken first) {
        new Reader(p, Dialect.V2).skip(first);
        return new ReadResult<>(Optional.empty(), List.of(JsonTreeReader.error(RequestCodes.NOT_OBJECT,
                "the body must be a JSON object, not {found}", "found", kind(first))));
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

    /** The JSON kind of the value starting with {@code token}, as messages name it. */
    static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT -> "integer";
            case VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "null";
        };
    }

    /** One read: walks the tokens once, mapping as it goes and collecting the boundary's violations. */
    private static final class Reader {
        private final JsonParser p;
        private final Dialect dialect;
        private final JsonTreeReader.DocumentPath at = new JsonTreeReader.DocumentPath();
        private final java.util.List<Violation> found = new ArrayList<>(0);
        /** The first token of the value being mapped. */
        private JsonToken token;

        Reader(JsonParser p, Dialect dialect) {
            this.p = p;
            this.dialect = dialect;
        }

        ReadResult<CampaignDraft> campaign() {
            String name = null;
            String description = null;
            java.util.List<String> contactLists = null;
            DncListDraft dncLists = null;
            String priority = null;
            String dialingMode = null;
            DialingStrategyDraft strategy = null;
            ScheduleDraft schedule = null;
            String queueName = null;
            Long maxSkips = null;
            String experienceFlowName = null;
            String machineDetection = null;
            String campaignType = null;
            java.util.List<CommunicationLimitDraft> limits = null;
            java.util.List<String> packs = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                switch (member) {
                    case "name" -> name = text(member);
                    case "description" -> description = text(member);
                    case "contactLists" -> contactLists = list(member, NAME_ELEMENT);
                    case "dncLists" -> dncLists = enterObject(member) ? leave(dncList()) : null;
                    case "priority" -> priority = text(member);
                    case "dialingMode" -> dialingMode = text(member);
                    case "dialingStrategy" -> strategy = enterObject(member) ? leave(strategy()) : null;
                    case "schedule" -> schedule = enterObject(member) ? leave(schedule()) : null;
                    case WireFields.QUEUE_NAME -> queueName = text("queueName");
                    case "maxSkips" -> maxSkips = whole(member);
                    case "experienceFlowName" -> experienceFlowName = text(member);
                    case "enableMachineDetect" -> machineDetection = machineDetection(member);
                    case "campaignType" -> campaignType = text(member);
                    case "communicationLimits" -> limits = list(member, LIMIT_ELEMENT);
                    case "compliancePacks" -> packs = list(member, NAME_ELEMENT);
                    default -> unknown(member);
                }
            }
            CampaignDraft draft = new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode,
                    strategy, schedule, queueName, maxSkips, experienceFlowName, machineDetection, campaignType, limits, packs);
            return new ReadResult<>(Optional.of(draft), List.ofAll(found));
        }

        DncListDraft dncList() {
            String name = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                if (member.equals("name")) name = text(member);
                else unknown(member);
            }
            return new DncListDraft(name);
        }

        DialingStrategyDraft strategy() {
            CallerIdDraft callerId = null;
            CallingHoursDraft callingHours = null;
            String dialingOrder = null;
            Long maxAttempts = null;
            Long retryPeriod = null;
            Long ringTime = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                switch (member) {
                    case "callerId" -> callerId = enterObject(member) ? leave(callerId()) : null;
                    case "callingHours" -> callingHours = enterObject(member) ? leave(callingHours()) : null;
                    case "dialingOrder" -> dialingOrder = text(member);
                    case "maxAttemptsPerRecord" -> maxAttempts = whole(member);
                    case "defaultRetryPeriod" -> retryPeriod = whole(member);
                    case "maxRingTime" -> ringTime = whole(member);
                    default -> unknown(member);
                }
            }
            return new DialingStrategyDraft(callerId, callingHours, dialingOrder, maxAttempts, retryPeriod, ringTime);
        }

        CallerIdDraft callerId() {
            String phoneNumber = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                if (member.equals("phoneNumber")) phoneNumber = text(member);
                else unknown(member);
            }
            return new CallerIdDraft(phoneNumber);
        }

        CallingHoursDraft callingHours() {
            String frequency = null;
            String timezone = null;
            java.util.List<DayWindowDraft> days = null;
            java.util.List<RestrictedPeriodDraft> restricted = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                switch (member) {
                    case "frequency" -> frequency = text(member);
                    case "timezone" -> timezone = text(member);
                    case "days" -> days = list(member, WINDOW_ELEMENT);
                    case "restrictedPeriods" -> restricted = list(member, RESTRICTED_ELEMENT);
                    default -> unknown(member);
                }
            }
            return new CallingHoursDraft(frequency, timezone, days, restricted);
        }

        DayWindowDraft window() {
            String day = null;
            String start = null;
            String end = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                switch (member) {
                    case "day" -> day = text(member);
                    case "start" -> start = text(member);
                    case "end" -> end = text(member);
                    default -> unknown(member);
                }
            }
            return new DayWindowDraft(day, start, end);
        }

        RestrictedPeriodDraft restricted() {
            String from = null;
            String to = null;
            Boolean yearly = null;
            String label = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                switch (member) {
                    case "from" -> from = text(member);
                    case "to" -> to = text(member);
                    case "yearly" -> yearly = bool(member);
                    case "label" -> label = text(member);
                    default -> unknown(member);
                }
            }
            return new RestrictedPeriodDraft(from, to, yearly, label);
        }

        CommunicationLimitDraft communicationLimit() {
            Long count = null;
            Long frequency = null;
            String unit = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                switch (member) {
                    case "maxCountPerRecipient" -> count = whole(member);
                    case "frequency" -> frequency = whole(member);
                    case "unit" -> unit = text(member);
                    default -> unknown(member);
                }
            }
            return new CommunicationLimitDraft(count, frequency, unit);
        }

        ScheduleDraft schedule() {
            Boolean enabled = null;
            Set<String> seen = new HashSet<>();
            for (String member; (member = next(seen)) != null; ) {
                switch (member) {
                    case "isSchedulingEnabled" -> enabled = bool(member);
                    case WireFields.RECURRENCE_FLAG -> bool(member);
                    default -> unknown(member);
                }
            }
            return new ScheduleDraft(enabled);
        }

        /**
         * The next member of the current object not seen before in it, with {@link #token} on its value; null at
         * the object's end. A repeated member (an error) is read through and reported on the way.
         */
        String next(Set<String> seen) {
            for (String name; (name = p.nextName()) != null; ) {
                if (seen.add(name)) {
                    token = p.nextToken();
                    return name;
                }
                at.push(name);
                skip(p.nextToken());
                at.pop();
                found.add(JsonTreeReader.duplicate(at, name));
            }
            return null;
        }

        /** Reads through the value of a member this kind of object does not have, and reports it (a warning). */
        void unknown(String name) {
            at.push(name);
            skip(token);
            at.pop();
            found.add(JsonTreeReader.unknown(at.field(name)));
        }

        /**
         * Reads through the value starting with {@code first} without keeping it, reporting repeated keys
         * inside it and refusing numbers beyond the read limits, as for any mapped value.
         */
        void skip(JsonToken first) {
            switch (first) {
                case START_OBJECT -> {
                    Set<String> names = new HashSet<>();
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                        String name = p.currentName();
                        at.push(name);
                        skip(p.nextToken());
                        at.pop();
                        if (!names.add(name)) found.add(JsonTreeReader.duplicate(at, name));
                    }
                }
                case START_ARRAY -> {
                    int i = 0;
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        at.push(i++);
                        skip(t);
                        at.pop();
                    }
                }
                case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                default -> {
                }
            }
        }

        String text(String name) {
            return switch (token) {
                case VALUE_STRING -> p.getString();
                case VALUE_NULL -> null;
                default -> wrongType(name, "string");
            };
        }

        String textElement() {
            return switch (token) {
                case VALUE_STRING -> p.getString();
                case VALUE_NULL -> null;
                default -> wrongType(null, "string");
            };
        }

        Boolean bool(String name) {
            return switch (token) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> wrongType(name, "boolean");
            };
        }

        Long whole(String name) {
            switch (token) {
                case VALUE_NULL -> {
                    return null;
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT, LONG -> p.getLongValue();
                        default -> WholeNumbers.of(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    Optional<Long> whole = WholeNumbers.of(p.getDecimalValue());
                    return whole.isPresent() ? whole.get() : wrongType(name, "integer");
                }
                default -> {
                    return wrongType(name, "integer");
                }
            }
        }

        String machineDetection(String name) {
            return switch (token) {
                case VALUE_NULL -> null;
                case VALUE_TRUE -> "detect";
                case VALUE_FALSE -> "no";
                case VALUE_STRING -> dialect == Dialect.V2 ? p.getString() : wrongType(name, "boolean");
                default -> wrongType(name, dialect == Dialect.V1 ? "boolean" : "string");
            };
        }

        /**
         * Whether the value of member {@code name} is an object, then entered (its members' paths are under
         * {@code name}; {@link #leave} leaves it). Null and wrong types (reported) are not entered.
         */
        boolean enterObject(String name) {
            if (token == JsonToken.VALUE_NULL) return false;
            if (token != JsonToken.START_OBJECT) {
                wrongType(name, "object");
                return false;
            }
            at.push(name);
            return true;
        }

        <T> T leave(T value) {
            at.pop();
            return value;
        }

        <T> T objectElement(java.util.function.Function<Reader, T> mapper) {
            if (token == JsonToken.VALUE_NULL) return null;
            return token == JsonToken.START_OBJECT ? mapper.apply(this) : wrongType(null, "object");
        }

        <T> java.util.List<T> list(String name, java.util.function.Function<Reader, T> element) {
            if (token == JsonToken.VALUE_NULL) return null;
            if (token != JsonToken.START_ARRAY) return wrongType(name, "array");
            at.push(name);
            java.util.List<T> out = new ArrayList<>();
            int i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                token = t;
                at.push(i++);
                out.add(element.apply(this));
                at.pop();
            }
            at.pop();
            return out;
        }

        /**
         * Reports that the value of {@code name} (null: the current list element) has the wrong type, and
         * reads it through; the field is left absent.
         */
        <T> T wrongType(String name, String expected) {
            if (name != null) at.push(name);
            skip(token);
            if (name != null) at.pop();
            Path where = name == null ? at.here() : at.field(name);
            found.add(JsonTreeReader.wrongType(where, expected));
            return null;
        }

    }
}

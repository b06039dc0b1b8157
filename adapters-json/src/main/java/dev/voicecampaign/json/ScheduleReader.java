package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.DailyDetailsDraft;
import dev.voicecampaign.core.draft.RecurrenceDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.draft.WeeklyDetailsDraft;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.RequestCodes;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Maps the schedule route's body to a {@link ScheduleRequestDraft}. It only maps: the schedule rules check
 * it afterwards. A value of the wrong JSON type is {@code request.field.wrongType} and left absent;
 * unknown members are ignored.
 */
public final class ScheduleReader {
    private ScheduleReader() {
    }

    public static ReadResult<ScheduleRequestDraft> read(byte[] body) {
        JsonTreeReader.Tree tree = JsonTreeReader.read(body);
        if (tree.failure() != null) return new ReadResult<>(Optional.empty(), List.of(tree.failure()));
        if (!tree.root().isObject()) {
            return new ReadResult<>(Optional.empty(), List.of(JsonTreeReader.error(RequestCodes.NOT_OBJECT,
                    "the body must be a JSON object, not {found}", "found", DraftReader.kind(tree.root()))));
        }
        Mapper m = new Mapper(tree.duplicates());
        JsonNode o = tree.root();
        Path root = Path.root("schedule");
        ScheduleRequestDraft draft = new ScheduleRequestDraft(m.text(o, root, "startDateTime"), m.text(o, root, "endDateTime"),
                m.object(o, root, "recurrenceObject", (r, at) -> new RecurrenceDraft(m.text(r, at, "recurType"),
                        m.object(r, at, "dailyDetails", (d, dat) -> new DailyDetailsDraft(m.whole(d, dat, "onceEveryNdays"))),
                        m.object(r, at, "weeklyDetails", (w, wat) -> new WeeklyDetailsDraft(m.whole(w, wat, "onceEveryNweeks"),
                                m.texts(w, wat, "whichDays"))))));
        return new ReadResult<>(Optional.of(draft), List.ofAll(m.found));
    }

    /** Reads members of the tree, noting each one of the wrong type. */
    private static final class Mapper {
        final java.util.List<Violation> found;

        Mapper(java.util.List<Violation> duplicates) {
            this.found = new ArrayList<>(duplicates);
        }

        String text(JsonNode parent, Path at, String name) {
            JsonNode v = parent.get(name);
            if (v == null || v.isNull()) return null;
            return v.isString() ? v.stringValue() : wrongType(at.field(name), "string");
        }

        Long whole(JsonNode parent, Path at, String name) {
            JsonNode v = parent.get(name);
            if (v == null || v.isNull()) return null;
            if (!v.isIntegralNumber()) return wrongType(at.field(name), "integer");
            return v.canConvertToLong() ? v.longValue() : v.bigIntegerValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }

        java.util.List<String> texts(JsonNode parent, Path at, String name) {
            JsonNode v = parent.get(name);
            if (v == null || v.isNull()) return null;
            if (!v.isArray()) return wrongType(at.field(name), "array");
            java.util.List<String> texts = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                texts.add(e.isNull() ? null : e.isString() ? e.stringValue() : wrongType(at.field(name).index(i), "string"));
            }
            return texts;
        }

        <T> T object(JsonNode parent, Path at, String name, BiFunction<JsonNode, Path, T> map) {
            JsonNode v = parent.get(name);
            if (v == null || v.isNull()) return null;
            return v.isObject() ? map.apply(v, at.field(name)) : wrongType(at.field(name), "object");
        }

        <T> T wrongType(Path where, String expected) {
            found.add(new Violation(where, RequestCodes.WRONG_TYPE, Map.of("expected", expected), "must be a JSON " + expected, Severity.ERROR));
            return null;
        }
    }
}

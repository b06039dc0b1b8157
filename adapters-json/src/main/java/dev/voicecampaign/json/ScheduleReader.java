package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.DailyDetailsDraft;
import dev.voicecampaign.core.draft.RecurrenceDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.draft.WeeklyDetailsDraft;
import dev.voicecampaign.core.violation.Path;
import io.vavr.collection.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Maps the schedule route's body to a {@link ScheduleRequestDraft}. It only maps ({@link TreeMapper}): the
 * schedule rules check it afterwards.
 */
public final class ScheduleReader {
    private ScheduleReader() {
    }

    public static ReadResult<ScheduleRequestDraft> read(byte[] body) {
        JsonTreeReader.Tree tree = JsonTreeReader.read(body);
        Optional<ReadResult<ScheduleRequestDraft>> unusable = JsonTreeReader.unusable(tree);
        if (unusable.isPresent()) return unusable.get();
        TreeMapper m = new TreeMapper(tree.duplicates());
        JsonNode o = tree.root();
        Path root = Path.root("schedule");
        m.only(o, root, java.util.List.of("startDateTime", "endDateTime", "recurrenceObject"));
        ScheduleRequestDraft draft = new ScheduleRequestDraft(m.text(o, root, "startDateTime"), m.text(o, root, "endDateTime"),
                m.object(o, root, "recurrenceObject", (r, at) -> {
                    m.only(r, at, java.util.List.of("recurType", "dailyDetails", "weeklyDetails"));
                    return new RecurrenceDraft(m.text(r, at, "recurType"),
                            m.object(r, at, "dailyDetails", (d, dat) -> {
                                m.only(d, dat, java.util.List.of("onceEveryNdays"));
                                return new DailyDetailsDraft(m.whole(d, dat, "onceEveryNdays"));
                            }),
                            m.object(r, at, "weeklyDetails", (w, wat) -> {
                                m.only(w, wat, java.util.List.of("onceEveryNweeks", "whichDays"));
                                return new WeeklyDetailsDraft(m.whole(w, wat, "onceEveryNweeks"), m.texts(w, wat, "whichDays"));
                            }));
                }));
        return new ReadResult<>(Optional.of(draft), List.ofAll(m.found()));
    }
}

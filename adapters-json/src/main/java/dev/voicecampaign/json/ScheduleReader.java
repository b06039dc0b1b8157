package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.DailyDetailsDraft;
import dev.voicecampaign.core.draft.RecurrenceDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.draft.WeeklyDetailsDraft;
import dev.voicecampaign.core.violation.Path;
import java.util.List;

/**
 * Maps the schedule route's body to a {@link ScheduleRequestDraft}. It only maps ({@link TreeMapper}): the
 * schedule rules check it afterwards.
 */
public final class ScheduleReader {
    private ScheduleReader() {
    }

    public static ReadResult<ScheduleRequestDraft> read(byte[] body) {
        return TreeMapper.read(body, Path.root("schedule"), (m, o, root) -> {
            m.only(o, root, List.of("startDateTime", "endDateTime", "recurrenceObject"));
            return new ScheduleRequestDraft(m.text(o, root, "startDateTime"), m.text(o, root, "endDateTime"),
                    m.object(o, root, "recurrenceObject", (r, at) -> {
                        m.only(r, at, List.of("recurType", "dailyDetails", "weeklyDetails"));
                        return new RecurrenceDraft(m.text(r, at, "recurType"),
                                m.object(r, at, "dailyDetails", (d, dat) -> {
                                    m.only(d, dat, List.of("onceEveryNdays"));
                                    return new DailyDetailsDraft(m.whole(d, dat, "onceEveryNdays"));
                                }),
                                m.object(r, at, "weeklyDetails", (w, wat) -> {
                                    m.only(w, wat, List.of("onceEveryNweeks", "whichDays"));
                                    return new WeeklyDetailsDraft(m.whole(w, wat, "onceEveryNweeks"), m.texts(w, wat, "whichDays"));
                                }));
                    }));
        });
    }
}

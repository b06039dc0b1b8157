package dev.voicecampaign.core.hours;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Open where both schedules are open: how a campaign's calling hours combine with the hours
 * allowed in the called party's own zone (the rule most regulators write).
 */
public record ScheduleIntersection(CallingSchedule left, CallingSchedule right) implements CallingSchedule {
    public ScheduleIntersection {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public List<OpenInterval> openIntervals(Instant from, Instant to) {
        List<OpenInterval> a = left.openIntervals(from, to);
        List<OpenInterval> b = right.openIntervals(from, to);
        List<OpenInterval> both = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Instant start = max(a.get(i).start(), b.get(j).start());
            Instant end = min(a.get(i).end(), b.get(j).end());
            if (start.isBefore(end)) both.add(new OpenInterval(start, end));
            if (a.get(i).end().isBefore(b.get(j).end())) i++;
            else j++;
        }
        return CallingSchedule.mergeAndClip(both, from, to);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

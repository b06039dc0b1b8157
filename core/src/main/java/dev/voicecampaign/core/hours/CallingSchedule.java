package dev.voicecampaign.core.hours;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers "may we call now, and if not, when?" for a compiled calling-hours definition, or for the
 * intersection of several (the campaign's window and the called party's local window).
 * Every query is derived from {@link #openIntervals}: the intervals are sorted, never overlap and
 * never touch (adjacent ones are merged).
 */
public sealed interface CallingSchedule permits WeeklySchedule, ScheduleIntersection {
    /**
     * How far ahead {@link #nextOpening} and {@link #nextClosing} look (four years, so that a yearly
     * restricted period can never hide an opening). Beyond it they answer empty.
     */
    Duration HORIZON = Duration.ofDays(4 * 366);

    /** The open intervals overlapping {@code [from, to)}, clipped to it; sorted, disjoint, merged. */
    List<OpenInterval> openIntervals(Instant from, Instant to);

    /** Open only where both this schedule and {@code other} are open. */
    default CallingSchedule and(CallingSchedule other) {
        return new ScheduleIntersection(this, other);
    }

    default boolean isOpenAt(Instant t) {
        return !openIntervals(t, t.plusNanos(1)).isEmpty();
    }

    /** {@code t} itself when open at {@code t}; else the next instant calls may start; empty within the horizon never. */
    default Optional<Instant> nextOpening(Instant t) {
        Instant limit = t.plus(HORIZON);
        for (Instant from = t; from.isBefore(limit); from = from.plus(SCAN_STEP)) {
            List<OpenInterval> found = openIntervals(from, min(from.plus(SCAN_STEP), limit));
            if (!found.isEmpty()) return Optional.of(found.get(0).start());
        }
        return Optional.empty();
    }

    /**
     * The first instant after {@code t} at which calls must stop: the end of the open interval
     * holding {@code t}, or of the next one when closed at {@code t}. Empty when the schedule does not
     * close within the horizon (always open) or never opens.
     */
    default Optional<Instant> nextClosing(Instant t) {
        Optional<Instant> opening = nextOpening(t);
        if (opening.isEmpty()) return Optional.empty();
        Instant limit = t.plus(HORIZON);
        Instant from = opening.get();
        while (from.isBefore(limit)) {
            Instant to = min(from.plus(SCAN_STEP), limit);
            OpenInterval first = openIntervals(from, to).get(0);
            if (first.end().isBefore(to)) return Optional.of(first.end());
            from = to;
        }
        return Optional.empty();
    }

    /** The step by which the default queries scan ahead. */
    Duration SCAN_STEP = Duration.ofDays(7);

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Sorts and merges overlapping or touching intervals, clipped to {@code [from, to)}. */
    static List<OpenInterval> mergeAndClip(List<OpenInterval> intervals, Instant from, Instant to) {
        List<OpenInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(java.util.Comparator.comparing(OpenInterval::start));
        List<OpenInterval> merged = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        for (OpenInterval i : sorted) {
            Instant s = i.start().isBefore(from) ? from : i.start();
            Instant e = i.end().isAfter(to) ? to : i.end();
            if (!s.isBefore(e)) continue;
            if (start != null && !s.isAfter(end)) {
                if (e.isAfter(end)) end = e;
            } else {
                if (start != null) merged.add(new OpenInterval(start, end));
                start = s;
                end = e;
            }
        }
        if (start != null) merged.add(new OpenInterval(start, end));
        return List.copyOf(merged);
    }
}

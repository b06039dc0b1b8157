package dev.voicecampaign.core.hours;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers "may we call now, and if not, when?" for compiled calling hours ({@link WeeklySchedule}) or for
 * the intersection of several (the campaign's hours and the called party's local hours). Queries never
 * throw; answers about the future look ahead at most {@link #HORIZON}.
 */
public sealed interface CallingSchedule permits WeeklySchedule, ScheduleIntersection {
    /**
     * How far ahead {@link #nextOpening}, {@link #nextClosing} and {@link #openIntervals} look: four years,
     * so that yearly restricted periods leaving only February 29 open still find it (but across 2100, not
     * a leap year, where the next February 29 lies eight years on). Beyond it they answer empty.
     */
    Duration HORIZON = Duration.ofDays(4 * 366);

    /** Whether a call may be placed at {@code t}. */
    boolean isOpenAt(Instant t);

    /** The instant {@link #HORIZON} after {@code t}, or {@link Instant#MAX} when that lies beyond it. */
    static Instant horizonAfter(Instant t) {
        return t.getEpochSecond() < Instant.MAX.getEpochSecond() - HORIZON.getSeconds() ? t.plus(HORIZON) : Instant.MAX;
    }

    /**
     * {@code t} itself when open at {@code t}; else the first instant after {@code t} at which calls may
     * start. Empty when the schedule does not open within {@link #HORIZON} after {@code t}.
     */
    Optional<Instant> nextOpening(Instant t);

    /**
     * The first instant after {@code t} at which calls must stop: the end of the open stretch holding
     * {@code t}, or of the next one when closed at {@code t}. Empty when that stretch does not end, or
     * no stretch begins, within {@link #HORIZON} after {@code t}.
     */
    Optional<Instant> nextClosing(Instant t);

    /** Open only where both this schedule and {@code other} are open. */
    default CallingSchedule and(CallingSchedule other) {
        return new ScheduleIntersection(this, other);
    }

    /**
     * The open stretches overlapping {@code [from, to)}, clipped to it: sorted, disjoint, never touching.
     * Lists at most {@link #HORIZON} past {@code from}, so that an open-ended {@code to} still ends.
     */
    default List<OpenInterval> openIntervals(Instant from, Instant until) {
        Instant horizon = horizonAfter(from);
        Instant to = until.isBefore(horizon) ? until : horizon;
        List<OpenInterval> found = new ArrayList<>();
        Instant at = from;
        while (at.isBefore(to)) {
            Optional<Instant> opening = nextOpening(at);
            if (opening.isEmpty() || !opening.get().isBefore(to)) break;
            Instant start = opening.get();
            Instant end = nextClosing(start).orElse(horizonAfter(start));
            if (end.isAfter(to)) end = to;
            if (!found.isEmpty() && found.get(found.size() - 1).end().equals(start)) {
                start = found.remove(found.size() - 1).start();
            }
            found.add(new OpenInterval(start, end));
            at = end;
        }
        return List.copyOf(found);
    }
}

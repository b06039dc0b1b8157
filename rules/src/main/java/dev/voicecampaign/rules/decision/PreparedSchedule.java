package dev.voicecampaign.rules.decision;

import dev.voicecampaign.core.hours.CallingSchedule;
import dev.voicecampaign.core.hours.OpenInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A calling schedule with its open stretches listed, as epoch seconds, from {@link #BEHIND} before to {@link #AHEAD} after the
 * instant it was first asked about, with the first stretch of each day noted, so that {@code isOpenAt} and
 * {@code nextOpening} look at one or two stretches instead of converting the instant into the zone (CallDecisionBenchmark:
 * a kept decider against one built for each decision). Outside the span, or past its last stretch, the schedule itself answers, so the answers are always
 * the schedule's own.
 */
final class PreparedSchedule {
    private static final long DAY = 86_400;
    /** How far ahead of the instant first asked about the stretches are listed: five weeks, a dialer's working horizon. */
    static final Duration AHEAD = Duration.ofDays(35);
    /** How far before it: a week, for a decider asked about a week's instants in any order. */
    static final Duration BEHIND = Duration.ofDays(7);

    private final CallingSchedule schedule;
    /** The listed span, {@code [from, until)} in epoch seconds; empty when the stretches could not be listed. */
    private final long from;
    private final long until;
    private final long[] starts;
    private final long[] ends;
    /** For each day of the span (86,400 seconds from {@code from}), the index of the first stretch ending after its start. */
    private final int[] firstOfDay;

    /** Lists {@code schedule}'s stretches from {@link #BEHIND} before {@code around} to {@link #AHEAD} after it. */
    PreparedSchedule(CallingSchedule schedule, Instant around) {
        this.schedule = schedule;
        long first = Math.max(around.getEpochSecond() - BEHIND.getSeconds(), Instant.MIN.getEpochSecond());
        long last = Math.min(around.getEpochSecond() + AHEAD.getSeconds(), Instant.MAX.getEpochSecond());
        List<OpenInterval> open = schedule.openIntervals(Instant.ofEpochSecond(first), Instant.ofEpochSecond(last));
        long[] s = new long[open.size()];
        long[] e = new long[open.size()];
        for (int i = 0; i < open.size(); i++) {
            OpenInterval interval = open.get(i);
            // Stretches begin and end on whole minutes; should one not, whole seconds could not say it: list nothing.
            if (interval.start().getNano() != 0 || interval.end().getNano() != 0) {
                first = last;
                break;
            }
            s[i] = interval.start().getEpochSecond();
            e[i] = interval.end().getEpochSecond();
        }
        this.from = first;
        this.until = last;
        this.starts = s;
        this.ends = e;
        this.firstOfDay = new int[(int) ((last - first + DAY - 1) / DAY)];
        int index = 0;
        for (int day = 0; day < firstOfDay.length; day++) {
            long dayStart = first + day * DAY;
            while (index < e.length && e[index] <= dayStart) index++;
            firstOfDay[day] = index;
        }
    }

    CallingSchedule schedule() {
        return schedule;
    }

    boolean isOpenAt(Instant t) {
        long second = t.getEpochSecond();
        if (!listed(second)) return schedule.isOpenAt(t);
        int i = lastStartAtOrBefore(second);
        return i >= 0 && second < ends[i];
    }

    Optional<Instant> nextOpening(Instant t) {
        long second = t.getEpochSecond();
        if (!listed(second)) return schedule.nextOpening(t);
        int i = lastStartAtOrBefore(second);
        if (i >= 0 && second < ends[i]) return Optional.of(t);
        if (i + 1 < starts.length) return Optional.of(Instant.ofEpochSecond(starts[i + 1]));
        // Nothing opens before the span ends: the schedule answers from there, within its horizon from t.
        Instant horizon = CallingSchedule.horizonAfter(t);
        return schedule.nextOpening(Instant.ofEpochSecond(until)).filter(next -> !next.isAfter(horizon));
    }

    private boolean listed(long second) {
        return second >= from && second < until;
    }

    /** The index of the last stretch starting at or before {@code second}, or -1; {@code second} is listed. */
    private int lastStartAtOrBefore(long second) {
        int i = firstOfDay[(int) ((second - from) / DAY)];
        while (i < starts.length && starts[i] <= second) i++;
        return i - 1;
    }
}

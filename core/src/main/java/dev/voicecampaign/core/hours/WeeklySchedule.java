package dev.voicecampaign.core.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CallingHours} compiled for time queries. Immutable, thread-safe and cache-free: compile once,
 * query from any thread; every query costs the same however far its instant lies from any other.
 *
 * <p>What is open, window by window:
 * <ul>
 *   <li>{@link Frequency#WEEKLY} and {@link Frequency#CUSTOM}: each window on its own day;
 *       {@link Frequency#DAILY}: every window on all seven days.</li>
 *   <li>A window that ends before it starts runs overnight into the next day; an end of 00:00 is
 *       the midnight that ends the day.</li>
 *   <li>Each window placed on a date maps to instants by itself. <b>Daylight saving:</b> a local time
 *       inside a spring-forward gap moves forward by the length of the gap (02:30 becomes 03:30 when
 *       clocks jump from 02:00 to 03:00); inside a fall-back overlap a window's start takes the earlier
 *       offset and its end the later one, so the change never shortens it (01:00-01:30 on the night clocks
 *       go back lasts 90 minutes).</li>
 *   <li>The open time is the union of the windows' instants, so adding a window never removes open time.
 *       Two windows that overlap in local time can leave a hole where a spring-forward gap moves one's
 *       start past the other's end (see the calling-hours reference page); write one window instead.</li>
 *   <li>A restricted local date (a holiday) is closed from its midnight to the next and nothing else: an
 *       overnight window begun the evening before stops at the holiday's midnight, and one begun on the
 *       holiday's evening reopens at the next midnight.</li>
 * </ul>
 *
 * <p>How it answers: away from clock changes (more than three days from one) a date's windows map to
 * instants by one offset, so a query is a look-up in the day's merged local ranges; near a change the
 * windows of the few dates concerned are mapped exactly, one by one. Instants within a few days of the
 * ends of {@link java.time.LocalDate}'s range are answered as closed, and nothing is found from one.
 */
public final class WeeklySchedule implements CallingSchedule {
    private static final long DAY = 86_400L;
    /** Instants answered: a week inside {@link LocalDate}'s range, so that every date a query reads exists. */
    private static final long FIRST_SECOND = (LocalDate.MIN.toEpochDay() + 8) * DAY;
    private static final long LAST_SECOND = (LocalDate.MAX.toEpochDay() - 8) * DAY;

    private final CallingHours hours;
    private final ZoneId zone;
    private final ZoneRules rules;
    /** Per ISO day of week (Monday at 0), the windows placed on that day: {start, end} pairs of seconds from its midnight, ends up to two days. */
    private final int[][] windowsByDay;
    /** Per day of week, the seconds of that date its own windows and the day before's overnight ones open, merged: {start, end} pairs. */
    private final int[][] openByDay;
    private final RestrictedDates restricted;

    private WeeklySchedule(CallingHours hours, int[][] windowsByDay, int[][] openByDay) {
        this.hours = hours;
        this.zone = hours.zone();
        this.rules = zone.getRules();
        this.windowsByDay = windowsByDay;
        this.openByDay = openByDay;
        this.restricted = RestrictedDates.of(hours.restrictedPeriods());
    }

    /** Compiles {@code hours} once; the result answers every query without further set-up. */
    public static WeeklySchedule compile(CallingHours hours) {
        Objects.requireNonNull(hours, "hours");
        List<List<int[]>> placed = new ArrayList<>();
        List<List<int[]>> open = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            placed.add(new ArrayList<>());
            open.add(new ArrayList<>());
        }
        for (CallingWindow w : hours.windows()) {
            int start = w.startMinute() * 60;
            int end = w.endMinute() * 60;
            for (DayOfWeek day : w.day().map(List::of).orElse(List.of(DayOfWeek.values()))) {
                int d = day.ordinal();
                placed.get(d).add(new int[] {start, end});
                open.get(d).add(new int[] {start, (int) Math.min(end, DAY)});
                if (end > DAY) open.get((d + 1) % 7).add(new int[] {0, (int) (end - DAY)});
            }
        }
        int[][] windowsByDay = new int[7][];
        int[][] openByDay = new int[7][];
        for (int d = 0; d < 7; d++) {
            windowsByDay[d] = flatten(sorted(placed.get(d)));
            openByDay[d] = flatten(merged(open.get(d)));
        }
        return new WeeklySchedule(hours, windowsByDay, openByDay);
    }

    /** The calling hours this schedule was compiled from. */
    public CallingHours hours() {
        return hours;
    }

    /** The zone the windows' local times are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** Whether the schedule is closed on every date (its yearly restricted periods cover the whole year). */
    public boolean neverOpens() {
        return restricted.everyDate();
    }

    /** Whether a call may be placed at {@code t}; closed at instants within a week of the ends of time. */
    @Override
    public boolean isOpenAt(Instant t) {
        long s = t.getEpochSecond();
        if (s < FIRST_SECOND || s > LAST_SECOND) return false;
        ZoneOffsetTransition near = rules.nextTransition(Instant.ofEpochSecond(s - LocalTimeLine.REACH));
        if (near != null && near.toEpochSecond() <= s + LocalTimeLine.REACH) return openExactly(s);
        long local = s + rules.getOffset(t).getTotalSeconds();
        long day = Math.floorDiv(local, DAY);
        if (restricted.covers(day)) return false;
        int[] open = openByDay[dayOfWeek(day)];
        long second = local - day * DAY;
        for (int i = 0; i < open.length && open[i] <= second; i += 2) {
            if (second < open[i + 1]) return true;
        }
        return false;
    }

    /** Near a clock change: whether a window placed on a nearby date, mapped by itself, holds {@code s}. */
    private boolean openExactly(long s) {
        long today = Math.floorDiv(s, DAY);
        LocalTimeLine line = new LocalTimeLine(zone, (today - 4) * DAY - LocalTimeLine.REACH);
        for (long day = today - 3; day <= today + 2; day++) {
            long[] found = intervalsOn(day, line);
            for (int i = 0; i < found.length; i += 2) {
                if (found[i] <= s && s < found[i + 1]) return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Instant> nextOpening(Instant t) {
        if (isOpenAt(t)) return Optional.of(t);
        long s = t.getEpochSecond();
        if (neverOpens() || s < FIRST_SECOND || s > LAST_SECOND) return Optional.empty();
        long limit = limit(s);
        long first = Math.floorDiv(s, DAY) - 3;
        LocalTimeLine line = new LocalTimeLine(zone, (first - 1) * DAY - LocalTimeLine.REACH);
        long best = Long.MAX_VALUE;
        // A date's windows open no earlier than its midnight less the largest offset, 18 hours.
        for (long day = first; (day - 2) * DAY <= Math.min(best, limit); day++) {
            if (restricted.covers(day) && restricted.covers(day + 1)) {
                long free = restricted.nextFree(day + 1);
                if (free == Long.MAX_VALUE) break;
                // Resume at the day before the free one (the loop adds one): its overnight windows may reach into it.
                day = free - 2;
                continue;
            }
            long[] found = intervalsOn(day, line);
            for (int i = 0; i < found.length; i += 2) {
                // Closed at t: an interval starting by t ends by t.
                if (found[i] > s && found[i] < best) best = found[i];
            }
        }
        return best < limit ? Optional.of(Instant.ofEpochSecond(best)) : Optional.empty();
    }

    @Override
    public Optional<Instant> nextClosing(Instant t) {
        Optional<Instant> opening = nextOpening(t);
        if (opening.isEmpty()) return Optional.empty();
        long s = opening.get().getEpochSecond();
        long limit = limit(t.getEpochSecond());
        long first = Math.floorDiv(s, DAY) - 3;
        LocalTimeLine line = new LocalTimeLine(zone, (first - 1) * DAY - LocalTimeLine.REACH);
        long end = s;
        long[] waiting = new long[0];
        for (long day = first; (day - 2) * DAY <= end; day++) {
            if (end >= limit) return Optional.empty();
            waiting = concat(waiting, intervalsOn(day, line));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = 0; i < waiting.length; i += 2) {
                    if (waiting[i] <= end && waiting[i + 1] > end) {
                        end = waiting[i + 1];
                        grew = true;
                    }
                }
            }
            waiting = endingAfter(waiting, end);
        }
        return end < limit ? Optional.of(Instant.ofEpochSecond(end)) : Optional.empty();
    }

    /** The dates' intervals gathered in one walk, then united; the same intervals the other queries read. */
    @Override
    public List<OpenInterval> openIntervals(Instant from, Instant until) {
        // As nextOpening: nothing is found from an instant beyond the answered range.
        if (from.getEpochSecond() < FIRST_SECOND) return List.of();
        long limit = limit(from.getEpochSecond());
        Instant to = until.getEpochSecond() < limit ? until : Instant.ofEpochSecond(limit);
        if (!from.isBefore(to)) return List.of();
        long first = Math.floorDiv(from.getEpochSecond(), DAY) - 3;
        long last = Math.floorDiv(to.getEpochSecond(), DAY) + 2;
        LocalTimeLine line = new LocalTimeLine(zone, (first - 1) * DAY - LocalTimeLine.REACH);
        List<long[]> found = new ArrayList<>();
        for (long day = first; day <= last; day++) {
            long[] intervals = intervalsOn(day, line);
            for (int i = 0; i < intervals.length; i += 2) found.add(new long[] {intervals[i], intervals[i + 1]});
        }
        found.sort(Comparator.comparingLong(r -> r[0]));
        List<OpenInterval> open = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        for (long[] r : found) {
            Instant s = max(Instant.ofEpochSecond(r[0]), from);
            Instant e = Instant.ofEpochSecond(r[1]).isAfter(to) ? to : Instant.ofEpochSecond(r[1]);
            if (!s.isBefore(e)) continue;
            if (end != null && !s.isAfter(end)) {
                if (e.isAfter(end)) end = e;
            } else {
                if (start != null) open.add(new OpenInterval(start, end));
                start = s;
                end = e;
            }
        }
        if (start != null) open.add(new OpenInterval(start, end));
        return List.copyOf(open);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The open intervals of the windows placed on local date {@code day} (an epoch day), each mapped by
     * itself and cut at restricted dates: {start, end} pairs of epoch seconds, possibly overlapping.
     */
    private long[] intervalsOn(long day, LocalTimeLine line) {
        int[] windows = windowsByDay[dayOfWeek(day)];
        long midnight = day * DAY;
        line.readyFor(midnight, midnight + 2 * DAY);
        if (windows.length == 0) return NONE;
        boolean closedToday = restricted.covers(day);
        boolean closedTomorrow = restricted.covers(day + 1);
        long[] found = new long[windows.length];
        int n = 0;
        for (int i = 0; i < windows.length; i += 2) {
            long from = midnight + (closedToday ? Math.max(windows[i], DAY) : windows[i]);
            long to = midnight + (closedTomorrow ? Math.min(windows[i + 1], DAY) : windows[i + 1]);
            if (from >= to) continue;
            long start = line.start(from);
            long end = line.end(to);
            if (start < end) {
                found[n++] = start;
                found[n++] = end;
            }
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /**
     * Open minutes in a nominal week (wall-clock minutes, as if no clock change or restricted
     * period ever happened): the figure planners quote.
     */
    public long callableMinutesPerWeek() {
        long seconds = 0;
        for (int[] open : openByDay) {
            for (int i = 0; i < open.length; i += 2) seconds += open[i + 1] - open[i];
        }
        return seconds / 60;
    }

    @Override
    public String toString() {
        return "WeeklySchedule[" + hours + "]";
    }

    private static final long[] NONE = {};

    /** The furthest instant (exclusive) an answer about {@code s} may name. */
    private static long limit(long s) {
        return Math.min(s + HORIZON.getSeconds(), LAST_SECOND);
    }

    /** The ISO day of week of an epoch day, Monday at 0 (day 0, 1970-01-01, was a Thursday). */
    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    private static List<int[]> sorted(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        return sorted;
    }

    private static List<int[]> merged(List<int[]> ranges) {
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted(ranges)) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
            else merged.add(r.clone());
        }
        return merged;
    }

    private static int[] flatten(List<int[]> ranges) {
        int[] flat = new int[2 * ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            flat[2 * i] = ranges.get(i)[0];
            flat[2 * i + 1] = ranges.get(i)[1];
        }
        return flat;
    }

    private static long[] concat(long[] a, long[] b) {
        if (a.length == 0) return b;
        if (b.length == 0) return a;
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The pairs of {@code intervals} that end after {@code end}: those that may still extend a stretch. */
    private static long[] endingAfter(long[] intervals, long end) {
        long[] kept = new long[intervals.length];
        int n = 0;
        for (int i = 0; i < intervals.length; i += 2) {
            if (intervals[i + 1] > end) {
                kept[n++] = intervals[i];
                kept[n++] = intervals[i + 1];
            }
        }
        return n == kept.length ? kept : Arrays.copyOf(kept, n);
    }
}

package dev.voicecampaign.core.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CallingHours} compiled for time queries. Immutable and thread-safe; compile once, query often.
 *
 * <p>The week is compiled into, per day of the week, the local minute ranges that are open on that
 * day (overnight windows split at midnight, overlapping windows merged). A query maps the ranges of
 * each local date it touches to instants:
 * <ul>
 *   <li>{@link Frequency#WEEKLY} and {@link Frequency#CUSTOM}: each window on its own day;
 *       {@link Frequency#DAILY}: every window on all seven days.</li>
 *   <li>A window that ends before it starts runs overnight into the next day; an end of 00:00 is
 *       the midnight that ends the day.</li>
 *   <li><b>Daylight saving.</b> A local time inside a spring-forward gap moves forward by the length
 *       of the gap (02:30 becomes 03:30 when clocks jump from 02:00 to 03:00). Inside a fall-back
 *       overlap a range's start takes the earlier offset and its end the later one, so a window is
 *       never shortened by the change (01:00-01:30 on the night clocks go back lasts 90 minutes).</li>
 *   <li>A restricted local date (a holiday) is closed from its midnight to the next and nothing
 *       else: an overnight window begun the evening before stops at the holiday's midnight, and one
 *       begun on the holiday's evening reopens at the next midnight.</li>
 * </ul>
 *
 * <p>{@link #isOpenAt} and {@link #nextOpening} read the open intervals of the (UTC, epoch-aligned)
 * week they fall in, computed once by {@link #openIntervals} and kept: at most {@value #WEEKS_KEPT}
 * weeks, a new one replacing whichever shared its slot, eight bytes per open interval. A dialer that
 * asks about "now" again and again pays the conversion once a week; the answers are those of
 * {@link #openIntervals}, to the nanosecond.
 */
public final class WeeklySchedule implements CallingSchedule {
    private static final int DAY = CallingWindow.MINUTES_PER_DAY;

    private static final long WEEK_SECONDS = 7L * 24 * 60 * 60;
    static final int WEEKS_KEPT = 64;
    /** Instants between these (years 1653 to 5138) take the kept weeks; others are computed each time. */
    private static final long FIRST_KEPT_SECOND = -10_000_000_000L;
    private static final long LAST_KEPT_SECOND = 100_000_000_000L;

    private final CallingHours hours;
    private final Map<DayOfWeek, List<int[]>> rangesByDay;
    /** Kept weeks by week number modulo {@link #WEEKS_KEPT}; immutable entries, so racy reads are safe. */
    private final Week[] weeks = new Week[WEEKS_KEPT];

    /**
     * The open intervals of week {@code number} (from epoch second {@code number * WEEK_SECONDS}), as
     * seconds from the week's start: starts inclusive, ends exclusive, sorted. Bounds are whole seconds:
     * windows have minute precision and zone offsets whole seconds.
     */
    private record Week(long number, int[] starts, int[] ends) {
        long firstSecond() {
            return number * WEEK_SECONDS;
        }

        /** The index of the last interval starting at or before {@code second} (from the week's start), or -1. */
        int lastStartingBy(int second) {
            int low = 0;
            int high = starts.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] <= second) low = mid + 1;
                else high = mid - 1;
            }
            return high;
        }
    }

    private WeeklySchedule(CallingHours hours, Map<DayOfWeek, List<int[]>> rangesByDay) {
        this.hours = hours;
        this.rangesByDay = rangesByDay;
    }

    public static WeeklySchedule compile(CallingHours hours) {
        Objects.requireNonNull(hours, "hours");
        Map<DayOfWeek, List<int[]>> raw = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) raw.put(d, new ArrayList<>());
        for (CallingWindow w : hours.windows()) {
            List<DayOfWeek> days = hours.frequency() == Frequency.DAILY || w.day().isEmpty()
                    ? List.of(DayOfWeek.values()) : List.of(w.day().get());
            for (DayOfWeek day : days) {
                raw.get(day).add(new int[] {w.startMinute(), Math.min(w.endMinute(), DAY)});
                if (w.overnight()) raw.get(day.plus(1)).add(new int[] {0, w.endMinute() - DAY});
            }
        }
        Map<DayOfWeek, List<int[]>> merged = new EnumMap<>(DayOfWeek.class);
        raw.forEach((day, ranges) -> merged.put(day, mergeMinutes(ranges)));
        return new WeeklySchedule(hours, merged);
    }

    public CallingHours hours() {
        return hours;
    }

    public ZoneId zone() {
        return hours.zone();
    }

    @Override
    public List<OpenInterval> openIntervals(Instant from, Instant to) {
        if (!from.isBefore(to)) return List.of();
        ZoneId zone = hours.zone();
        LocalDate first = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        List<OpenInterval> found = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (isRestricted(date)) continue;
            for (int[] range : rangesByDay.get(date.getDayOfWeek())) {
                Instant start = startInstant(date, range[0], zone);
                Instant end = endInstant(date, range[1], zone);
                if (start.isBefore(end)) found.add(new OpenInterval(start, end));
            }
        }
        return CallingSchedule.mergeAndClip(found, from, to);
    }

    @Override
    public boolean isOpenAt(Instant t) {
        long second = t.getEpochSecond();
        if (second < FIRST_KEPT_SECOND || second > LAST_KEPT_SECOND) return CallingSchedule.super.isOpenAt(t);
        Week week = week(Math.floorDiv(second, WEEK_SECONDS));
        int at = (int) (second - week.firstSecond());
        int i = week.lastStartingBy(at);
        return i >= 0 && at < week.ends()[i];
    }

    @Override
    public Optional<Instant> nextOpening(Instant t) {
        long second = t.getEpochSecond();
        Instant limit = t.plus(HORIZON);
        if (second < FIRST_KEPT_SECOND || limit.getEpochSecond() > LAST_KEPT_SECOND) return CallingSchedule.super.nextOpening(t);
        long number = Math.floorDiv(second, WEEK_SECONDS);
        Week week = week(number);
        int at = (int) (second - week.firstSecond());
        int i = week.lastStartingBy(at);
        if (i >= 0 && at < week.ends()[i]) return Optional.of(t);
        // Closed at t: the next start is a true opening (an interval cut at a week's end would hold t).
        for (int next = i + 1; week.firstSecond() < limit.getEpochSecond(); week = week(++number), next = 0) {
            if (next < week.starts().length) {
                Instant opening = Instant.ofEpochSecond(week.firstSecond() + week.starts()[next]);
                return opening.isBefore(limit) ? Optional.of(opening) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Week week(long number) {
        int slot = (int) Math.floorMod(number, (long) WEEKS_KEPT);
        Week kept = weeks[slot];
        if (kept != null && kept.number() == number) return kept;
        Instant from = Instant.ofEpochSecond(number * WEEK_SECONDS);
        List<OpenInterval> open = openIntervals(from, from.plusSeconds(WEEK_SECONDS));
        int[] starts = new int[open.size()];
        int[] ends = new int[open.size()];
        for (int i = 0; i < open.size(); i++) {
            starts[i] = (int) (open.get(i).start().getEpochSecond() - from.getEpochSecond());
            ends[i] = (int) (open.get(i).end().getEpochSecond() - from.getEpochSecond());
        }
        Week week = new Week(number, starts, ends);
        weeks[slot] = week;
        return week;
    }

    /**
     * Open minutes in a nominal week (wall-clock minutes, as if no clock change or restricted
     * period ever happened): the figure planners quote.
     */
    public long callableMinutesPerWeek() {
        return rangesByDay.values().stream().flatMap(List::stream).mapToLong(r -> r[1] - r[0]).sum();
    }

    private boolean isRestricted(LocalDate date) {
        return hours.restrictedPeriods().stream().anyMatch(p -> p.covers(date));
    }

    /** A range start: gap times move forward by the gap, overlap times take the earlier offset. */
    static Instant startInstant(LocalDate date, int minute, ZoneId zone) {
        return ZonedDateTime.ofLocal(local(date, minute), zone, null).toInstant();
    }

    /** A range end: gap times move forward by the gap, overlap times take the later offset. */
    static Instant endInstant(LocalDate date, int minute, ZoneId zone) {
        return ZonedDateTime.ofLocal(local(date, minute), zone, null).withLaterOffsetAtOverlap().toInstant();
    }

    private static LocalDateTime local(LocalDate date, int minute) {
        return date.atStartOfDay().plusMinutes(minute);
    }

    private static List<int[]> mergeMinutes(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] lastRange = merged.get(merged.size() - 1);
                lastRange[1] = Math.max(lastRange[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return List.copyOf(merged);
    }

    @Override
    public String toString() {
        return "WeeklySchedule[" + hours + "]";
    }
}

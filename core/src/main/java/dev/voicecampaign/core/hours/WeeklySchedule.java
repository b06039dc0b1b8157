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
 */
public final class WeeklySchedule implements CallingSchedule {
    private static final int DAY = CallingWindow.MINUTES_PER_DAY;

    private final CallingHours hours;
    private final Map<DayOfWeek, List<int[]>> rangesByDay;

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

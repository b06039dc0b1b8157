package dev.voicecampaign.core.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One calling window: from {@code start} to {@code end} local time on {@code day}, in the calling
 * hours' zone. Minute precision.
 * <ul>
 *   <li>An end of {@code 00:00} ({@code 12:00 AM}) means midnight at the end of the day, so
 *       {@code 12:00 AM}-{@code 12:00 AM} is the whole day.</li>
 *   <li>An end before the start is an <em>overnight</em> window running into the next day.</li>
 *   <li>Any other end equal to the start is ambiguous and cannot be constructed.</li>
 * </ul>
 * {@code day} is empty only under {@link Frequency#DAILY}, where windows apply every day.
 */
public record CallingWindow(Optional<DayOfWeek> day, LocalTime start, LocalTime end) {
    public static final int MINUTES_PER_DAY = 24 * 60;

    public CallingWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("calling windows have minute precision: " + start + "-" + end);
        }
        if (start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("window start equals end (" + start + "): ambiguous");
        }
    }

    /** One {@code Optional} per day, shared by every window: a store keeps many campaigns, each with several windows. */
    private static final List<Optional<DayOfWeek>> DAYS = Arrays.stream(DayOfWeek.values()).map(Optional::of).toList();

    /** Windows made lately, one per slot: campaigns mostly list the same few windows, and windows are immutable. */
    private static final CallingWindow[] SHARED = new CallingWindow[4096];

    public static CallingWindow on(DayOfWeek day, LocalTime start, LocalTime end) {
        return shared(DAYS.get(day.ordinal()), day.ordinal(), start, end);
    }

    /** A window on {@code day}, or on every day when it is empty; shared as {@link #on} and {@link #everyDay} are. */
    public static CallingWindow of(Optional<DayOfWeek> day, LocalTime start, LocalTime end) {
        return day.isPresent() ? on(day.get(), start, end) : everyDay(start, end);
    }

    public static CallingWindow everyDay(LocalTime start, LocalTime end) {
        return shared(Optional.empty(), 7, start, end);
    }

    /** An equal window made before, or this one (kept for the next); safe without locks, as a slot holds a whole window or none. */
    private static CallingWindow shared(Optional<DayOfWeek> day, int dayKey, LocalTime start, LocalTime end) {
        int hash = (dayKey * 31 + start.hashCode()) * 31 + end.hashCode();
        int slot = (hash ^ hash >>> 16) & SHARED.length - 1;
        CallingWindow known = SHARED[slot];
        if (known != null && known.day.equals(day) && known.start.equals(start) && known.end.equals(end)) return known;
        CallingWindow made = new CallingWindow(day, start, end);
        SHARED[slot] = made;
        return made;
    }

    /** Minute of the day the window opens, 0..1439. */
    public int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }

    /** Minute the window closes, counted from the start day's midnight: up to 2879 for overnight windows. */
    public int endMinute() {
        int end = this.end.getHour() * 60 + this.end.getMinute();
        return end <= startMinute() ? end + MINUTES_PER_DAY : end;
    }

    /** Whether the window runs past midnight into the next day (ending exactly at midnight does not). */
    public boolean overnight() {
        return endMinute() > MINUTES_PER_DAY;
    }

    /** Length in nominal (wall-clock) minutes. */
    public int minutes() {
        return endMinute() - startMinute();
    }
}

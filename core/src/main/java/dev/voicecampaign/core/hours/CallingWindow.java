package dev.voicecampaign.core.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
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

    public static CallingWindow on(DayOfWeek day, LocalTime start, LocalTime end) {
        return new CallingWindow(Optional.of(day), start, end);
    }

    /** A window that applies every day (under {@link Frequency#DAILY}). */
    public static CallingWindow everyDay(LocalTime start, LocalTime end) {
        return new CallingWindow(Optional.empty(), start, end);
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

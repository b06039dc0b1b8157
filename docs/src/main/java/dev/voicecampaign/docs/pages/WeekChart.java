package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.hours.CallingSchedule;
import dev.voicecampaign.core.hours.OpenInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One weekly chart of the calling-hours page: a schedule's open intervals over the week starting
 * {@code monday} at local midnight in {@code zone}, drawn in that zone's local time. When the
 * schedule is the campaign's cut by another rule, {@code campaignAlone} is the campaign's own
 * schedule, drawn faintly behind so the reader sees what the cut removed.
 */
public record WeekChart(String file, String title, ZoneId zone, LocalDate monday, CallingSchedule schedule,
                        Optional<CallingSchedule> campaignAlone) {
    public WeekChart(String file, String title, ZoneId zone, LocalDate monday, CallingSchedule schedule) {
        this(file, title, zone, monday, schedule, Optional.empty());
    }

    public WeekChart {
        Objects.requireNonNull(campaignAlone, "campaignAlone");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(schedule, "schedule");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) throw new IllegalArgumentException("weeks start on Monday: " + monday);
    }

    public Instant from() {
        return monday.atStartOfDay(zone).toInstant();
    }

    public Instant to() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    /** What the chart draws: the schedule's own answer for the week. */
    public List<OpenInterval> openIntervals() {
        return schedule.openIntervals(from(), to());
    }

    /** Open time in the week, in real (elapsed) minutes. */
    public long openMinutes() {
        return openIntervals().stream().mapToLong(i -> i.length().toMinutes()).sum();
    }
}

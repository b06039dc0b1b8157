package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.hours.OpenInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of an open interval that falls on one local date, as a chart row draws it: from
 * {@code startMinute} to {@code endMinute} of the local day (wall-clock minutes, 0..1440), with the
 * instants it stands for. An interval crossing local midnight becomes one bar per date.
 */
public record DayBar(LocalDate date, double startMinute, double endMinute, Instant start, Instant end) {
    public static final int MINUTES_PER_DAY = 24 * 60;

    /** Splits each interval at the local midnights of {@code zone}. */
    public static List<DayBar> split(List<OpenInterval> intervals, ZoneId zone) {
        List<DayBar> bars = new ArrayList<>();
        for (OpenInterval interval : intervals) {
            Instant cursor = interval.start();
            while (cursor.isBefore(interval.end())) {
                ZonedDateTime local = cursor.atZone(zone);
                Instant midnight = local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
                Instant pieceEnd = midnight.isBefore(interval.end()) ? midnight : interval.end();
                double endMinute = pieceEnd.equals(midnight) ? MINUTES_PER_DAY : minuteOfDay(pieceEnd.atZone(zone));
                bars.add(new DayBar(local.toLocalDate(), minuteOfDay(local), endMinute, cursor, pieceEnd));
                cursor = pieceEnd;
            }
        }
        return List.copyOf(bars);
    }

    /** The wall-clock minute of the day, with fractions for seconds. */
    public static double minuteOfDay(ZonedDateTime time) {
        return time.toLocalTime().toSecondOfDay() / 60.0;
    }
}

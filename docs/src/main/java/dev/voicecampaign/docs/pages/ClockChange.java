package dev.voicecampaign.docs.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * A daylight-saving change as a chart shows it: the local times on {@code date} that never happen
 * (a spring-forward {@code gap}) or happen twice (a fall-back overlap), from {@code fromMinute} to
 * {@code toMinute} of the local day.
 */
public record ClockChange(LocalDate date, double fromMinute, double toMinute, boolean gap, ZoneOffsetTransition transition) {
    /** The changes of {@code zone} in {@code [from, to)}, in order. */
    public static List<ClockChange> within(ZoneId zone, Instant from, Instant to) {
        List<ClockChange> changes = new ArrayList<>();
        ZoneOffsetTransition t = zone.getRules().nextTransition(from.minusNanos(1));
        while (t != null && t.getInstant().isBefore(to)) {
            boolean gap = t.isGap();
            // The affected local hour: for a gap the skipped times, for an overlap the repeated ones.
            LocalDateTime first = gap ? t.getDateTimeBefore() : t.getDateTimeAfter();
            LocalDateTime last = gap ? t.getDateTimeAfter() : t.getDateTimeBefore();
            double end = last.toLocalDate().isAfter(first.toLocalDate()) ? DayBar.MINUTES_PER_DAY : last.toLocalTime().toSecondOfDay() / 60.0;
            changes.add(new ClockChange(first.toLocalDate(), first.toLocalTime().toSecondOfDay() / 60.0, end, gap, t));
            t = zone.getRules().nextTransition(t.getInstant());
        }
        return List.copyOf(changes);
    }
}

package dev.voicecampaign.bench;

import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The calling-hours check a hand-written dialer would do, the rival of the compiled schedule: each call
 * converts the instant to the zone and scans the listed windows (overnight windows reach into the next
 * day). No precomputation, no restricted periods, and none of the compiled schedule's care at daylight
 * saving changes (a window is read in the day's own local time).
 */
public final class NaiveCallingHours {
    private final CallingHours hours;
    private final List<CallingWindow> windows;

    public NaiveCallingHours(CallingHours hours) {
        this.hours = hours;
        this.windows = hours.windows();
    }

    public boolean isOpenAt(Instant t) {
        ZonedDateTime local = t.atZone(hours.zone());
        DayOfWeek day = local.getDayOfWeek();
        int minute = local.getHour() * 60 + local.getMinute();
        for (CallingWindow w : windows) {
            if (appliesOn(w, day) && minute >= w.startMinute() && minute < Math.min(w.endMinute(), CallingWindow.MINUTES_PER_DAY)) {
                return true;
            }
            if (w.overnight() && appliesOn(w, day.minus(1)) && minute < w.endMinute() - CallingWindow.MINUTES_PER_DAY) return true;
        }
        return false;
    }

    /** {@code t} when open, else the earliest window start after it within eight days. */
    public Optional<Instant> nextOpening(Instant t) {
        if (isOpenAt(t)) return Optional.of(t);
        LocalDate today = t.atZone(hours.zone()).toLocalDate();
        for (int days = 0; days <= 7; days++) {
            LocalDate date = today.plusDays(days);
            Instant earliest = null;
            for (CallingWindow w : windows) {
                if (!appliesOn(w, date.getDayOfWeek())) continue;
                Instant start = ZonedDateTime.ofLocal(date.atTime(w.start()), hours.zone(), null).toInstant();
                if (start.isAfter(t) && (earliest == null || start.isBefore(earliest))) earliest = start;
            }
            if (earliest != null) return Optional.of(earliest);
        }
        return Optional.empty();
    }

    private static boolean appliesOn(CallingWindow w, DayOfWeek day) {
        return w.day().isEmpty() || w.day().get() == day;
    }
}

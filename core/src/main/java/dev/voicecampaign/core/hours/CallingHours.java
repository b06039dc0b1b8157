package dev.voicecampaign.core.hours;

import dev.voicecampaign.core.constraint.IntRange;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * When a campaign may place calls: windows in one IANA zone, mapped onto the week by the
 * frequency, minus restricted periods. Windows may overlap: the open time is the union of each
 * window's own instants ({@link WeeklySchedule} says how a window maps to instants). Under
 * {@link Frequency#DAILY} windows carry no day; under the other frequencies each names its day.
 * Compile with {@link WeeklySchedule#compile(CallingHours)} to answer time queries.
 */
public record CallingHours(Frequency frequency, ZoneId zone, List<CallingWindow> windows,
                           List<RestrictedPeriod> restrictedPeriods) {
    /** How many windows one campaign may list. The seeds give no bound; this is our decision. */
    public static final IntRange WINDOW_COUNT = IntRange.of(1, 50);
    /** How many restricted periods one campaign may list (our addition). */
    public static final IntRange RESTRICTED_PERIOD_COUNT = IntRange.of(0, 100);

    public CallingHours {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(zone, "zone");
        windows = List.copyOf(windows);
        restrictedPeriods = List.copyOf(restrictedPeriods);
        WINDOW_COUNT.require(windows.size(), "number of calling windows");
        RESTRICTED_PERIOD_COUNT.require(restrictedPeriods.size(), "number of restricted periods");
        for (CallingWindow w : windows) {
            if (frequency.windowsNeedDays() && w.day().isEmpty()) {
                throw new IllegalArgumentException(frequency + " calling hours need a day on every window");
            }
            if (!frequency.windowsNeedDays() && w.day().isPresent()) {
                throw new IllegalArgumentException("DAILY calling hours apply every window to every day: give windows without a day (CallingWindow.everyDay)");
            }
        }
    }

    public CallingHours(Frequency frequency, ZoneId zone, List<CallingWindow> windows) {
        this(frequency, zone, windows, List.of());
    }
}

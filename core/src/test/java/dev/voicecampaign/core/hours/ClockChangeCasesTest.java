package dev.voicecampaign.core.hours;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The smallest cases an independent check found, each a window mapped to instants by itself before the
 * union is taken, and the long open stretches and extreme instants no query may fail on.
 */
class ClockChangeCasesTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId UTC = ZoneId.of("UTC");

    static CallingWindow on(DayOfWeek day, String start, String end) {
        return CallingWindow.on(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    static WeeklySchedule custom(ZoneId zone, CallingWindow... windows) {
        return WeeklySchedule.compile(new CallingHours(Frequency.CUSTOM, zone, List.of(windows)));
    }

    static Instant z(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aSecondWindowNeverTakesAwayTheFirstOnesOpenTime() {
        WeeklySchedule first = custom(NEW_YORK, on(SUNDAY, "02:10", "02:50"));
        WeeklySchedule both = custom(NEW_YORK, on(SUNDAY, "02:10", "02:50"), on(SUNDAY, "02:50", "03:05"));
        assertThat(first.isOpenAt(z("2025-03-09T07:20:00Z"))).isTrue();
        assertThat(both.isOpenAt(z("2025-03-09T07:20:00Z"))).isTrue();
        assertThat(both.openIntervals(z("2025-03-09T00:00:00Z"), z("2025-03-10T00:00:00Z")))
                .containsExactly(new OpenInterval(z("2025-03-09T07:10:00Z"), z("2025-03-09T07:50:00Z")));
    }

    @Test
    void anOvernightWindowEndingInTheGapKeepsItsEnd() {
        WeeklySchedule both = custom(NEW_YORK, on(SATURDAY, "22:00", "02:30"), on(SUNDAY, "02:30", "03:10"));
        assertThat(both.openIntervals(z("2025-03-09T00:00:00Z"), z("2025-03-10T00:00:00Z")))
                .containsExactly(new OpenInterval(z("2025-03-09T03:00:00Z"), z("2025-03-09T07:30:00Z")));
    }

    @Test
    void aWindowAfterTheGapOpensOnTime() {
        WeeklySchedule both = custom(NEW_YORK, on(SUNDAY, "02:34", "03:29"), on(SUNDAY, "03:01", "05:00"));
        assertThat(both.nextOpening(z("2025-03-09T06:01:00Z"))).contains(z("2025-03-09T07:01:00Z"));
    }

    @Test
    void aWindowWhollyAfterAMidnightGapIsOpen() {
        WeeklySchedule both = custom(ZoneId.of("Asia/Tehran"), on(MONDAY, "00:29", "00:00"), on(MONDAY, "01:10", "01:25"));
        assertThat(both.isOpenAt(z("2021-03-21T20:40:00Z"))).as("Monday 1:10 AM +04:30").isTrue();
    }

    /** The decision the reference page charts: overlapping windows across a gap can leave a hole. */
    @Test
    void overlappingWindowsAcrossTheGapAreUnitedWindowByWindow() {
        WeeklySchedule both = custom(NEW_YORK, on(SUNDAY, "01:00", "03:15"), on(SUNDAY, "02:30", "05:00"));
        assertThat(both.openIntervals(z("2025-03-09T00:00:00Z"), z("2025-03-10T00:00:00Z"))).containsExactly(
                new OpenInterval(z("2025-03-09T06:00:00Z"), z("2025-03-09T07:15:00Z")),
                new OpenInterval(z("2025-03-09T07:30:00Z"), z("2025-03-09T09:00:00Z")));
        WeeklySchedule berlin = custom(ZoneId.of("Europe/Berlin"), on(SUNDAY, "02:45", "00:00"), on(SATURDAY, "03:59", "03:00"));
        assertThat(berlin.isOpenAt(z("2025-03-30T01:00:00Z"))).isFalse();
        assertThat(berlin.nextOpening(z("2025-03-30T01:00:00Z"))).contains(z("2025-03-30T01:45:00Z"));
    }

    @Test
    void aStretchOfWeeksClosesAtTheRestrictedDatesMidnight() {
        for (LocalDate last : List.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 17))) {
            WeeklySchedule always = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, UTC,
                    List.of(CallingWindow.everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                    List.of(new RestrictedPeriod.OneOff(LocalDate.of(2026, 6, 10), last, "closed"))));
            assertThat(always.nextClosing(z("2026-06-03T00:00:00Z"))).contains(z("2026-06-10T00:00:00Z"));
            assertThat(always.nextClosing(z("2026-06-03T00:00:01Z"))).contains(z("2026-06-10T00:00:00Z"));
            assertThat(always.and(always).nextClosing(z("2026-06-03T00:00:00Z"))).contains(z("2026-06-10T00:00:00Z"));
            assertThat(always.nextOpening(z("2026-06-10T12:00:00Z"))).contains(last.plusDays(1).atStartOfDay(UTC).toInstant());
        }
    }

    @Test
    void noQueryThrowsAtTheEndsOfTime() {
        WeeklySchedule s = custom(NEW_YORK, on(MONDAY, "09:00", "17:00"));
        for (Instant t : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH.minusSeconds(1), z("+999999999-12-31T00:00:00Z"))) {
            assertThat(s.isOpenAt(t)).isFalse();
            s.nextOpening(t);
            s.nextClosing(t);
            s.and(s).nextOpening(t);
            s.openIntervals(t, t.plusSeconds(Math.min(86_400, Instant.MAX.getEpochSecond() - t.getEpochSecond())));
        }
        assertThat(s.nextOpening(Instant.MAX)).isEmpty();
    }

    @Test
    void openIntervalsOverAnOpenEndedSpanListTheHorizonAndStop() {
        WeeklySchedule mondays = custom(UTC, on(MONDAY, "09:00", "17:00"));
        Instant t = z("2026-01-01T00:00:00Z");
        for (CallingSchedule s : List.of(mondays, mondays.and(mondays))) {
            List<OpenInterval> all = s.openIntervals(t, Instant.MAX);
            // Mondays in the 1,464 days from a Thursday: 209, the last opening before the horizon.
            assertThat(all).hasSize(209).first().isEqualTo(new OpenInterval(z("2026-01-05T09:00:00Z"), z("2026-01-05T17:00:00Z")));
            assertThat(all.get(all.size() - 1).end()).isBefore(t.plus(CallingSchedule.HORIZON));
            // From an instant no query answers (closed, nothing found), as nextOpening says.
            assertThat(s.nextOpening(Instant.MIN)).isEmpty();
            assertThat(s.openIntervals(Instant.MIN, Instant.MAX)).isEmpty();
        }
    }

    @Test
    void aScheduleClosedOnEveryDateKnowsItNeverOpens() {
        WeeklySchedule never = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, UTC,
                List.of(CallingWindow.everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                List.of(new RestrictedPeriod.Yearly(java.time.MonthDay.of(7, 1), java.time.MonthDay.of(6, 30), "all year"))));
        assertThat(never.neverOpens()).isTrue();
        assertThat(never.nextOpening(z("2026-01-01T00:00:00Z"))).isEmpty();
        assertThat(custom(UTC, on(MONDAY, "09:00", "17:00")).neverOpens()).isFalse();
    }

    @Test
    void dailyHoursRefuseAWindowThatNamesADay() {
        assertThatThrownBy(() -> new CallingHours(Frequency.DAILY, UTC, List.of(on(MONDAY, "09:00", "17:00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("everyDay");
    }
}

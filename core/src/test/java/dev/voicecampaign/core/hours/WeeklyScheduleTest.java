package dev.voicecampaign.core.hours;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static WeeklySchedule weekdays(ZoneId zone, LocalTime start, LocalTime end, RestrictedPeriod... restricted) {
        List<CallingWindow> windows = Stream.of(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .map(d -> CallingWindow.on(d, start, end)).toList();
        return WeeklySchedule.compile(new CallingHours(Frequency.WEEKLY, zone, windows, List.of(restricted)));
    }

    @Test
    void aWeekdayWindowIsOpenFromItsStartUntilJustBeforeItsEnd() {
        WeeklySchedule s = weekdays(NEW_YORK, LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertThat(s.isOpenAt(at("2026-11-23T08:59:59", NEW_YORK))).isFalse();
        assertThat(s.isOpenAt(at("2026-11-23T09:00", NEW_YORK))).isTrue();
        assertThat(s.isOpenAt(at("2026-11-23T16:59:59", NEW_YORK))).isTrue();
        assertThat(s.isOpenAt(at("2026-11-23T17:00", NEW_YORK))).isFalse();
        assertThat(s.isOpenAt(at("2026-11-28T12:00", NEW_YORK))).as("Saturday").isFalse();
        assertThat(s.callableMinutesPerWeek()).isEqualTo(5 * 8 * 60);
    }

    @Test
    void nextOpeningAndClosingSkipTheWeekend() {
        WeeklySchedule s = weekdays(NEW_YORK, LocalTime.of(9, 0), LocalTime.of(17, 0));
        Instant fridayEvening = at("2026-11-27T18:00", NEW_YORK);
        assertThat(s.nextOpening(fridayEvening)).contains(at("2026-11-30T09:00", NEW_YORK));
        assertThat(s.nextClosing(fridayEvening)).contains(at("2026-11-30T17:00", NEW_YORK));
        Instant mondayNoon = at("2026-11-30T12:00", NEW_YORK);
        assertThat(s.nextOpening(mondayNoon)).contains(mondayNoon);
        assertThat(s.nextClosing(mondayNoon)).contains(at("2026-11-30T17:00", NEW_YORK));
    }

    @Test
    void dailyAppliesEveryWindowOnAllSevenDays() {
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, ZoneId.of("UTC"),
                List.of(CallingWindow.everyDay(LocalTime.of(10, 0), LocalTime.of(12, 0)))));
        assertThat(s.callableMinutesPerWeek()).isEqualTo(7 * 120);
        assertThat(s.isOpenAt(Instant.parse("2026-11-29T11:00:00Z"))).as("Sunday").isTrue();
    }

    @Test
    void anOvernightWindowRunsIntoTheNextDay() {
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.CUSTOM, ZoneId.of("UTC"),
                List.of(CallingWindow.on(SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)))));
        Instant sunday = Instant.parse("2026-11-29T00:00:00Z");
        assertThat(s.openIntervals(sunday, sunday.plus(Duration.ofDays(2))))
                .containsExactly(new OpenInterval(Instant.parse("2026-11-29T22:00:00Z"), Instant.parse("2026-11-30T02:00:00Z")));
        assertThat(s.isOpenAt(Instant.parse("2026-11-30T01:59:00Z"))).as("Monday early").isTrue();
        assertThat(s.callableMinutesPerWeek()).isEqualTo(240);
    }

    @Test
    void midnightToMidnightIsTheWholeDayAndTouchingDaysMerge() {
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.CUSTOM, ZoneId.of("UTC"), List.of(
                CallingWindow.on(MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT),
                CallingWindow.on(TUESDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)))));
        Instant monday = Instant.parse("2026-11-30T00:00:00Z");
        assertThat(s.openIntervals(monday.minusSeconds(3600), monday.plus(Duration.ofDays(3))))
                .containsExactly(new OpenInterval(monday, monday.plus(Duration.ofHours(30))));
    }

    @Test
    void overlappingWindowsAreMerged() {
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.WEEKLY, ZoneId.of("UTC"), List.of(
                CallingWindow.on(SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                CallingWindow.on(SATURDAY, LocalTime.of(12, 0), LocalTime.of(15, 0)))));
        assertThat(s.callableMinutesPerWeek()).isEqualTo(6 * 60);
        Instant saturday = Instant.parse("2026-11-28T00:00:00Z");
        assertThat(s.openIntervals(saturday, saturday.plus(Duration.ofDays(1)))).containsExactly(
                new OpenInterval(Instant.parse("2026-11-28T09:00:00Z"), Instant.parse("2026-11-28T15:00:00Z")));
    }

    @Test
    void aStartInsideTheSpringForwardGapMovesForwardByTheGap() {
        // 2026-03-08: New York clocks jump from 02:00 to 03:00.
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, NEW_YORK,
                List.of(CallingWindow.everyDay(LocalTime.of(2, 30), LocalTime.of(4, 0)))));
        Instant day = at("2026-03-08T00:00", NEW_YORK);
        assertThat(s.openIntervals(day, day.plus(Duration.ofHours(12)))).containsExactly(new OpenInterval(
                ZonedDateTime.parse("2026-03-08T03:30-04:00").toInstant(), ZonedDateTime.parse("2026-03-08T04:00-04:00").toInstant()));
    }

    @Test
    void aWindowInsideTheFallBackOverlapIsNeverShortened() {
        // 2026-11-01: New York clocks go back from 02:00 EDT to 01:00 EST.
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, NEW_YORK,
                List.of(CallingWindow.everyDay(LocalTime.of(1, 0), LocalTime.of(1, 30)))));
        Instant day = at("2026-11-01T00:00", NEW_YORK);
        List<OpenInterval> intervals = s.openIntervals(day, day.plus(Duration.ofHours(12)));
        assertThat(intervals).containsExactly(new OpenInterval(
                ZonedDateTime.parse("2026-11-01T01:00-04:00").toInstant(), ZonedDateTime.parse("2026-11-01T01:30-05:00").toInstant()));
        assertThat(intervals.get(0).length()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void restrictedDaysCloseExactlyTheirLocalDaysEvenInsideAnOvernightWindow() {
        RestrictedPeriod christmas = new RestrictedPeriod.Yearly(MonthDay.of(12, 25), MonthDay.of(12, 25), "Christmas");
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, ZoneId.of("UTC"),
                List.of(CallingWindow.everyDay(LocalTime.of(20, 0), LocalTime.of(2, 0))), List.of(christmas)));
        assertThat(s.isOpenAt(Instant.parse("2026-12-24T23:00:00Z"))).isTrue();
        assertThat(s.isOpenAt(Instant.parse("2026-12-25T01:00:00Z"))).isFalse();
        assertThat(s.isOpenAt(Instant.parse("2026-12-25T21:00:00Z"))).isFalse();
        assertThat(s.isOpenAt(Instant.parse("2026-12-26T01:00:00Z"))).as("the 26th is not restricted").isTrue();
        assertThat(s.nextOpening(Instant.parse("2026-12-25T00:00:00Z"))).contains(Instant.parse("2026-12-26T00:00:00Z"));
    }

    @Test
    void aScheduleThatNeverOpensAnswersEmpty() {
        RestrictedPeriod always = new RestrictedPeriod.Yearly(MonthDay.of(1, 1), MonthDay.of(12, 31), "closed");
        WeeklySchedule s = weekdays(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0), always);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(s.isOpenAt(now)).isFalse();
        assertThat(s.nextOpening(now)).isEmpty();
        assertThat(s.nextClosing(now)).isEmpty();
    }

    @Test
    void aScheduleThatNeverClosesHasNoNextClosing() {
        WeeklySchedule s = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, ZoneId.of("UTC"),
                List.of(CallingWindow.everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))));
        assertThat(s.nextClosing(Instant.parse("2026-11-23T10:00:00Z"))).isEmpty();
        assertThat(s.callableMinutesPerWeek()).isEqualTo(7 * 24 * 60);
    }

    @Test
    void aOneOffPeriodClosesItsDatesOnly() {
        RestrictedPeriod closure = new RestrictedPeriod.OneOff(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), "move");
        WeeklySchedule s = weekdays(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0), closure);
        assertThat(s.nextOpening(Instant.parse("2026-11-23T18:00:00Z"))).contains(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void theCalledPartysLocalHoursNarrowTheCampaignsHours() {
        WeeklySchedule campaign = weekdays(NEW_YORK, LocalTime.of(9, 0), LocalTime.of(20, 0));
        WeeklySchedule calledPartyLocal = WeeklySchedule.compile(new CallingHours(Frequency.DAILY,
                ZoneId.of("America/Los_Angeles"), List.of(CallingWindow.everyDay(LocalTime.of(8, 0), LocalTime.of(21, 0)))));
        CallingSchedule both = campaign.and(calledPartyLocal);
        Instant monday = at("2026-11-23T00:00", NEW_YORK);
        assertThat(both.openIntervals(monday, monday.plus(Duration.ofDays(1))))
                .containsExactly(new OpenInterval(at("2026-11-23T11:00", NEW_YORK), at("2026-11-23T20:00", NEW_YORK)));
        assertThat(both.isOpenAt(at("2026-11-23T10:00", NEW_YORK))).as("07:00 in Los Angeles").isFalse();
        assertThat(both.nextOpening(at("2026-11-23T10:00", NEW_YORK))).contains(at("2026-11-23T11:00", NEW_YORK));
    }
}

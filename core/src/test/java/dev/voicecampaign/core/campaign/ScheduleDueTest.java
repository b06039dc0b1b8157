package dev.voicecampaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a schedule next needs the ticker, as an instant, across New York's clock changes. */
class ScheduleDueTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Schedule daily(LocalDateTime first, int endHour, int endMinute) {
        return new Schedule(first, first.plusDays(5).withHour(endHour).withMinute(endMinute), Optional.of(new Schedule.Recurrence.Daily(1)));
    }

    @Test
    void beforeARunItsStartAndWithinARunItsOwnStart() {
        Schedule s = daily(LocalDateTime.of(2026, 12, 1, 9, 0), 17, 0);
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2026-12-01T12:00:00Z"))).contains(Instant.parse("2026-12-01T14:00:00Z"));
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2026-12-01T15:00:00Z"))).contains(Instant.parse("2026-12-01T14:00:00Z"));
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2026-12-01T22:00:00Z"))).as("after the day's run, the next day's")
                .contains(Instant.parse("2026-12-02T14:00:00Z"));
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2026-12-06T22:00:00Z"))).as("after the last run, none").isEmpty();
    }

    @Test
    void aRunStartingInTheSpringGapIsDueWhenTheGapEndsEvenSeenFromInsideIt() {
        // 2027-03-14 02:00 EST becomes 03:00 EDT: a run from 02:15 starts at 03:15 EDT (07:15Z)
        Schedule s = daily(LocalDateTime.of(2027, 3, 13, 2, 15), 4, 0);
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2027-03-14T07:05:00Z"))).contains(Instant.parse("2027-03-14T07:15:00Z"));
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2027-03-14T06:59:00Z"))).contains(Instant.parse("2027-03-14T07:15:00Z"));
    }

    @Test
    void theHourTheClockRepeatsDoesNotHoldARunASecondTime() {
        // 2026-11-01 02:00 EDT becomes 01:00 EST: the run 01:10-01:50 is at its first pass, 05:10Z-05:50Z
        Schedule s = daily(LocalDateTime.of(2026, 10, 31, 1, 10), 1, 50);
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2026-11-01T05:00:00Z"))).contains(Instant.parse("2026-11-01T05:10:00Z"));
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2026-11-01T06:05:00Z"))).as("01:05 again, the run already ran")
                .contains(Instant.parse("2026-11-02T06:10:00Z"));
        assertThat(ScheduleDue.nextStart(s, NEW_YORK, Instant.parse("2026-11-01T06:20:00Z"))).as("01:20 again, inside the run by local time")
                .contains(Instant.parse("2026-11-02T06:10:00Z"));
    }
}

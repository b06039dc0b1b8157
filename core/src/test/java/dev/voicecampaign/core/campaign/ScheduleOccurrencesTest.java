package dev.voicecampaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Schedule.Occurrence;
import dev.voicecampaign.core.campaign.Schedule.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runs a schedule makes: one from start to end, or a series bounded by them, each from start's time to end's. */
class ScheduleOccurrencesTest {
    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    /** Every run, walked with nextAfter from before the schedule. */
    static List<Occurrence> runs(Schedule s) {
        List<Occurrence> all = new ArrayList<>();
        Optional<Occurrence> next = s.nextAfter(s.start().minusSeconds(1));
        while (next.isPresent()) {
            all.add(next.get());
            next = s.nextAfter(next.get().start());
        }
        return all;
    }

    @Test
    void withoutARecurrenceOneRunFromStartToEnd() {
        Schedule once = new Schedule(at("2027-01-04T09:00"), at("2027-01-06T17:00"), Optional.empty());
        assertThat(runs(once)).containsExactly(new Occurrence(at("2027-01-04T09:00"), at("2027-01-06T17:00")));
        assertThat(once.occurrenceAt(at("2027-01-05T03:00"))).isPresent();
        assertThat(once.occurrenceAt(at("2027-01-06T17:00"))).as("the end is not in it").isEmpty();
        assertThat(once.occurrenceAt(at("2027-01-04T08:59:59"))).isEmpty();
    }

    @Test
    void weeklyRunsOnItsDaysOfEveryNthWeekBetweenTheDates() {
        // 2027-01-04 is a Monday; every second week on Monday and Wednesday, 9:00 to 17:00, until 2027-01-27.
        Schedule s = new Schedule(at("2027-01-04T09:00"), at("2027-01-27T17:00"),
                Optional.of(new Recurrence.Weekly(2, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY))));
        assertThat(runs(s)).extracting(Occurrence::start).containsExactly(at("2027-01-04T09:00"), at("2027-01-06T09:00"),
                at("2027-01-18T09:00"), at("2027-01-20T09:00"));
        assertThat(runs(s)).allSatisfy(o -> assertThat(o.end()).isEqualTo(o.start().withHour(17)));
        assertThat(s.occurrenceAt(at("2027-01-11T10:00"))).as("the week between").isEmpty();
        assertThat(s.occurrenceAt(at("2027-01-06T16:59"))).contains(new Occurrence(at("2027-01-06T09:00"), at("2027-01-06T17:00")));
        assertThat(s.occurrenceAt(at("2027-01-06T17:00"))).isEmpty();
    }

    @Test
    void weeksCountFromTheStartsWeekEvenWhenItsDayIsNotNamed() {
        // Starts on Wednesday 2027-01-06; every second week on Monday: the start's week (from 01-04) is week 0, so 01-18 comes first.
        Schedule s = new Schedule(at("2027-01-06T09:00"), at("2027-02-28T17:00"), Optional.of(new Recurrence.Weekly(2, Set.of(DayOfWeek.MONDAY))));
        assertThat(runs(s)).extracting(Occurrence::start).containsExactly(at("2027-01-18T09:00"), at("2027-02-01T09:00"), at("2027-02-15T09:00"));
    }

    @Test
    void aRunWhoseEndTimeIsNotLaterEndsTheNextDayAndTheLastIsCutAtTheEnd() {
        Schedule nights = new Schedule(at("2027-03-01T22:00"), at("2027-03-04T02:00"), Optional.of(new Recurrence.Daily(1)));
        assertThat(runs(nights)).containsExactly(new Occurrence(at("2027-03-01T22:00"), at("2027-03-02T02:00")),
                new Occurrence(at("2027-03-02T22:00"), at("2027-03-03T02:00")),
                new Occurrence(at("2027-03-03T22:00"), at("2027-03-04T02:00")));
        assertThat(nights.occurrenceAt(at("2027-03-03T01:00"))).contains(new Occurrence(at("2027-03-02T22:00"), at("2027-03-03T02:00")));
        Schedule cut = new Schedule(at("2027-03-01T09:00"), at("2027-03-03T12:00"), Optional.of(new Recurrence.Daily(2)));
        assertThat(runs(cut)).containsExactly(new Occurrence(at("2027-03-01T09:00"), at("2027-03-01T12:00")),
                new Occurrence(at("2027-03-03T09:00"), at("2027-03-03T12:00")));
        Schedule allDay = new Schedule(at("2027-03-01T09:00"), at("2027-03-03T09:00"), Optional.of(new Recurrence.Daily(1)));
        assertThat(runs(allDay)).as("end time equal to start time: a day each").containsExactly(
                new Occurrence(at("2027-03-01T09:00"), at("2027-03-02T09:00")), new Occurrence(at("2027-03-02T09:00"), at("2027-03-03T09:00")));
    }
}

package dev.voicecampaign.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.draft.DailyDetailsDraft;
import dev.voicecampaign.core.draft.RecurrenceDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.draft.WeeklyDetailsDraft;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.FieldSpec;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schedule route's rules: real date-times, the end after the start and now, recurrence bounds from the core types. */
class ScheduleRulesTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 12, 0);
    static final ScheduleRules RULES = new ScheduleRules();

    static List<String> problems(ScheduleRequestDraft draft) {
        var checked = RULES.validate(draft, NOW);
        return checked.isValid() ? List.of() : checked.getError().map(v -> v.path() + " " + v.code()).toJavaList();
    }

    static ScheduleRequestDraft once(String start, String end) {
        return new ScheduleRequestDraft(start, end, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-30 10:00:00", "2027-04-31 10:00:00", "2027-01-01 24:00:00", "2027-01-01 10:60:00",
            "2027-1-01 10:00:00", "2027-01-01T10:00:00", "+12027-01-01 10:00:00", ""})
    void aDateTimeThatDoesNotExistIsAFormatProblem(String start) {
        assertThat(problems(once(start, "2027-06-01 10:00:00"))).containsExactly("startDateTime schedule.startDateTime.format");
    }

    @Test
    void theEndComesAfterTheStartAndAfterNow() {
        assertThat(problems(once("2027-01-02 10:00:00", "2027-01-01 10:00:00"))).containsExactly("endDateTime schedule.endDateTime.notAfterStart");
        assertThat(problems(once("2026-01-01 10:00:00", "2026-12-04 12:00:00"))).containsExactly("endDateTime schedule.endDateTime.past");
        assertThat(problems(once(null, null))).containsExactly("startDateTime schedule.startDateTime.required",
                "endDateTime schedule.endDateTime.required");
    }

    @Test
    void aRecurrenceThatLeavesNoRunToComeIsRefused() {
        // 2027-01-04 is a Monday: Fridays between it and the Tuesday after hold no run; every second day from 12-01, the
        // runs are on 12-01 and 12-03, both over at 12:00 on 12-04.
        assertThat(problems(new ScheduleRequestDraft("2027-01-04 10:00:00", "2027-01-05 10:00:00",
                new RecurrenceDraft("Weekly", null, new WeeklyDetailsDraft(1L, List.of("Fri")))))).containsExactly(
                "recurrenceObject schedule.recurrenceObject.noRun");
        assertThat(problems(new ScheduleRequestDraft("2026-12-01 09:00:00", "2026-12-04 12:30:00",
                new RecurrenceDraft("Daily", new DailyDetailsDraft(2L), null)))).containsExactly("recurrenceObject schedule.recurrenceObject.noRun");
        assertThat(problems(new ScheduleRequestDraft("2026-12-01 09:00:00", "2026-12-05 12:30:00",
                new RecurrenceDraft("Daily", new DailyDetailsDraft(1L), null)))).as("tomorrow's run is to come").isEmpty();
    }

    @Test
    void aValidRequestIsTheSchedule() {
        var daily = RULES.validate(new ScheduleRequestDraft("2027-01-01 09:00:00", "2027-02-01 18:00:00",
                new RecurrenceDraft("Daily", new DailyDetailsDraft(3L), null)), NOW);
        assertThat(daily.get()).isEqualTo(new Schedule(LocalDateTime.of(2027, 1, 1, 9, 0), LocalDateTime.of(2027, 2, 1, 18, 0),
                Optional.of(new Schedule.Recurrence.Daily(3))));
        var weekly = RULES.validate(new ScheduleRequestDraft("2027-01-01 09:00:00", "2027-02-01 18:00:00",
                new RecurrenceDraft("Weekly", null, new WeeklyDetailsDraft(2L, List.of("Mon", "Fri", "Mon")))), NOW);
        assertThat(weekly.get().recurrence()).contains(new Schedule.Recurrence.Weekly(2, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    }

    @Test
    void recurrenceBoundsComeFromTheCoreTypes() {
        String start = "2027-01-01 09:00:00";
        String end = "2027-02-01 18:00:00";
        assertThat(problems(new ScheduleRequestDraft(start, end, new RecurrenceDraft("Daily", new DailyDetailsDraft(366L), null))))
                .containsExactly("recurrenceObject.dailyDetails.onceEveryNdays schedule.recurrenceObject.dailyDetails.onceEveryNdays.outOfRange");
        assertThat(problems(new ScheduleRequestDraft(start, end, new RecurrenceDraft("Weekly", null, new WeeklyDetailsDraft(53L, List.of("Sun"))))))
                .containsExactly("recurrenceObject.weeklyDetails.onceEveryNweeks schedule.recurrenceObject.weeklyDetails.onceEveryNweeks.outOfRange");
        assertThat(problems(new ScheduleRequestDraft(start, end, new RecurrenceDraft("Weekly", null, new WeeklyDetailsDraft(1L, List.of("Funday"))))))
                .containsExactly("recurrenceObject.weeklyDetails.whichDays[0] schedule.recurrenceObject.weeklyDetails.whichDays.notAllowed");
        assertThat(problems(new ScheduleRequestDraft(start, end, new RecurrenceDraft("Monthly", null, null))))
                .containsExactly("recurrenceObject.recurType schedule.recurrenceObject.recurType.notAllowed");
        assertThat(problems(new ScheduleRequestDraft(start, end, new RecurrenceDraft("Daily", null, null))))
                .containsExactly("recurrenceObject.dailyDetails schedule.recurrenceObject.dailyDetails.required");
    }

    @Test
    void theRulesDescribeThemselvesWithTheirLimits() {
        assertThat(ScheduleRules.fields()).extracting(FieldSpec::path).contains("startDateTime", "endDateTime",
                "recurrenceObject.dailyDetails.onceEveryNdays", "recurrenceObject.weeklyDetails.whichDays[]");
        FieldSpec days = ScheduleRules.fields().stream().filter(f -> f.path().equals("recurrenceObject.dailyDetails.onceEveryNdays"))
                .findFirst().orElseThrow();
        assertThat(days.min()).contains(1L);
        assertThat(days.max()).contains(365L);
        assertThat(ScheduleRules.crossFieldRules()).extracting(c -> c.code())
                .containsExactly("schedule.endDateTime.notAfterStart", "schedule.endDateTime.past", "schedule.recurrenceObject.noRun");
    }

    @Test
    void everyViolationSaysWhereItIs() {
        List<Violation> found = RULES.validate(once("x", "y"), NOW).getError().toJavaList();
        assertThat(found).allSatisfy(v -> assertThat(v.path().namespace()).isEqualTo("schedule"));
    }
}

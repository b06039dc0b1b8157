package dev.voicecampaign.rules;

import static dev.voicecampaign.rules.dsl.ListRule.listOf;
import static dev.voicecampaign.rules.dsl.ObjectRule.object;
import static dev.voicecampaign.rules.dsl.TextRule.text;
import static dev.voicecampaign.rules.dsl.WholeNumberRule.whole;

import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.Schedule.Recurrence;
import dev.voicecampaign.core.draft.DailyDetailsDraft;
import dev.voicecampaign.core.draft.RecurrenceDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.draft.WeeklyDetailsDraft;
import dev.voicecampaign.core.port.ScheduleValidator;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.ValueRule;
import dev.voicecampaign.rules.dsl.Violations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the schedule route's body: {@code startDateTime} and {@code endDateTime} as real
 * local date-times {@code YYYY-MM-DD HH:mm:ss} (so {@code 2027-02-30} and {@code 24:00:00} are refused),
 * the end after the start and after now, and an optional recurrence: Daily every 1 to 365 days, or
 * Weekly every 1 to 52 weeks on days among {@code Mon} .. {@code Sun}. Codes start with {@code schedule.}.
 */
public final class ScheduleRules implements ScheduleValidator {
    /** The date-time format; strict, so a day or an hour that does not exist is refused rather than moved. */
    static final String DATE_TIME_FORMAT = "YYYY-MM-DD HH:mm:ss";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_TIME_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}");
    /** The schedule route's day names, Monday first. */
    static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    /** The {@code recurType} of a schedule repeating every few days. */
    public static final String DAILY = "Daily";
    /** The {@code recurType} of a schedule repeating on days of every few weeks. */
    public static final String WEEKLY = "Weekly";
    static final List<String> RECURRENCE_TYPES = List.of(DAILY, WEEKLY);

    /** A local date-time as the schedule route writes it ({@code YYYY-MM-DD HH:mm:ss}), for answers that show a schedule. */
    public static String dateTime(LocalDateTime t) {
        return DATE_TIME.format(t);
    }

    /** A day as the schedule route names it, {@code Mon} to {@code Sun}. */
    public static String day(DayOfWeek day) {
        return DAYS.get(day.ordinal());
    }

    @Override
    public Validation<Seq<Violation>, Schedule> validate(ScheduleRequestDraft draft, LocalDateTime now) {
        // No schedule rule consults a directory, so there is no context to give.
        return rules(now).validate(draft, Path.root("schedule"), null);
    }

    /** Every field, as data, for docs and schemas. */
    public static List<FieldSpec> fields() {
        return rules(LocalDateTime.MIN).fields();
    }

    /** Every cross-field rule, as data. */
    public static List<CrossFieldSpec> crossFieldRules() {
        return rules(LocalDateTime.MIN).crossFieldRules();
    }

    /** The rules, with {@code now} (the campaign's local time) for the end-in-the-future check. */
    private static RuleSet<ScheduleRequestDraft, Schedule> rules(LocalDateTime now) {
        ValueRule<String, LocalDateTime> dateTime = text().required().parses(ScheduleRules::dateTime, DATE_TIME_FORMAT, DATE_TIME_SHAPE);
        return RuleSet.of(r -> {
            var start = r.field("startDateTime", ScheduleRequestDraft::startDateTime, dateTime, "When the schedule starts, in the campaign's zone.");
            var end = r.field("endDateTime", ScheduleRequestDraft::endDateTime, dateTime, "When it ends: after the start and in the future.");
            var recurrence = r.field("recurrenceObject", ScheduleRequestDraft::recurrenceObject, object(recurrence()),
                    "How the schedule repeats; absent: it runs once.");
            r.cross((d, v, at, context) -> endAfterStartAndNow(v.get(start), v.get(end), now, at),
                    new CrossFieldSpec("schedule.endDateTime.notAfterStart", Severity.ERROR, "The end must be after the start.", Optional.empty()),
                    new CrossFieldSpec("schedule.endDateTime.past", Severity.ERROR, "The end must be in the future (the campaign's local time).",
                            Optional.empty()));
            r.cross("schedule.recurrenceObject.noRun", Severity.ERROR,
                    "With its recurrence the schedule must still have a run to come, or one going on (a weekly one needs a named day between its dates).",
                    (d, v, at, context) -> someRunToCome(v.get(start), v.get(end), v.get(recurrence), now, at));
            return v -> new Schedule(v.get(start), v.get(end), Optional.ofNullable(v.get(recurrence)));
        });
    }

    private static RuleSet<RecurrenceDraft, Recurrence> recurrence() {
        return RuleSet.of(r -> {
            var type = r.field("recurType", RecurrenceDraft::recurType, text().required().oneOf(RECURRENCE_TYPES), "Daily or Weekly.");
            var daily = r.when("recurType is " + DAILY, d -> DAILY.equals(d.recurType()), w -> w.field("dailyDetails",
                    RecurrenceDraft::dailyDetails, object(RuleSet.<DailyDetailsDraft, Recurrence>of(days -> {
                        var every = days.field("onceEveryNdays", DailyDetailsDraft::onceEveryNdays,
                                whole().required().range(Recurrence.Daily.EVERY), "Days between runs.");
                        return v -> new Recurrence.Daily(v.get(every).intValue());
                    })).required(), "A daily recurrence."));
            var weekly = r.when("recurType is " + WEEKLY, d -> WEEKLY.equals(d.recurType()), w -> w.field("weeklyDetails",
                    RecurrenceDraft::weeklyDetails, object(RuleSet.<WeeklyDetailsDraft, Recurrence>of(weeks -> {
                        var every = weeks.field("onceEveryNweeks", WeeklyDetailsDraft::onceEveryNweeks,
                                whole().required().range(Recurrence.Weekly.EVERY), "Weeks between runs.");
                        var days = weeks.field("whichDays", WeeklyDetailsDraft::whichDays,
                                listOf(text().required().oneOf(DAYS).as(d -> DayOfWeek.of(DAYS.indexOf(d) + 1)))
                                        .required().count(Recurrence.Weekly.DAY_COUNT),
                                "The days it runs on, Mon to Sun.");
                        return v -> new Recurrence.Weekly(v.get(every).intValue(), EnumSet.copyOf(v.get(days)));
                    })).required(), "A weekly recurrence."));
            return v -> DAILY.equals(v.get(type)) ? v.get(daily) : v.get(weekly);
        });
    }

    /** A recurring schedule whose dates hold no run that is not over would wait for ever: refused. */
    private static List<Violation> someRunToCome(LocalDateTime start, LocalDateTime end, Recurrence recurrence, LocalDateTime now, Path at) {
        if (start == null || end == null || recurrence == null || !end.isAfter(start) || !end.isAfter(now)) return List.of();
        Schedule schedule = new Schedule(start, end, Optional.of(recurrence));
        if (schedule.occurrenceAt(now).isPresent() || schedule.nextAfter(now).isPresent()) return List.of();
        Path where = at.field("recurrenceObject");
        return List.of(Violations.of(where, Violations.code(where, "noRun"),
                "leaves no run between startDateTime and endDateTime that is not over", Severity.ERROR));
    }

    static Optional<LocalDateTime> dateTime(String text) {
        if (!DATE_TIME_SHAPE.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(LocalDateTime.parse(text, DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Violation> endAfterStartAndNow(LocalDateTime start, LocalDateTime end, LocalDateTime now, Path at) {
        if (end == null) return List.of();
        Path where = at.field("endDateTime");
        if (start != null && !end.isAfter(start)) {
            return List.of(Violations.of(where, Violations.code(where, "notAfterStart"), "must be after startDateTime", Severity.ERROR));
        }
        if (!end.isAfter(now)) {
            return List.of(Violations.of(where, Violations.code(where, "past"), "must be in the future", Severity.ERROR));
        }
        return List.of();
    }
}

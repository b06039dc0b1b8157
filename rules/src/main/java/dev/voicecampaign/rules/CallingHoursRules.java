package dev.voicecampaign.rules;

import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.Violations;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date readers and cross-field checks of calling hours and scheduling. The checks read the fields'
 * parsed values, so they look only at what is well formed (a broken field is null there).
 */
final class CallingHoursRules {
    private CallingHoursRules() {
    }

    static List<Violation> startEqualsEnd(LocalTime start, LocalTime end, String startText, Path at) {
        if (start == null || !start.equals(end) || start.equals(LocalTime.MIDNIGHT)) return List.of();
        return List.of(Violations.of(at, Violations.code(at, "startEqualsEnd"),
                "starts and ends at {time}: ambiguous (use 12:00 AM-12:00 AM for the whole day)", Severity.ERROR, "time", startText));
    }

    /** The shape of a full date; {@link #fullDate} also needs it to be a real day. */
    static final Pattern FULL_DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** The shape of a yearly date, with or without its (ignored) year. */
    static final Pattern YEARLY_DATE_SHAPE = Pattern.compile("--[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** A real day written {@code YYYY-MM-DD}. */
    static Optional<LocalDate> fullDate(String text) {
        if (!FULL_DATE_SHAPE.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A day of the year written {@code --MM-DD}, or as a full date whose year is ignored. */
    static Optional<MonthDay> dayOfYear(String text) {
        if (!text.startsWith("--")) return fullDate(text).map(MonthDay::from);
        if (!YEARLY_DATE_SHAPE.matcher(text).matches()) return Optional.empty();
        try {
            return Optional.of(MonthDay.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static List<Violation> reversed(LocalDate from, LocalDate to, RestrictedPeriodDraft p, Path at) {
        if (from == null || to == null || !to.isBefore(from)) return List.of();
        return List.of(Violations.of(at, Violations.code(at, "reversed"), "ends ({to}) before it starts ({from})",
                Severity.ERROR, "from", p.from(), "to", p.to()));
    }

    private static final int DAY = CallingWindow.MINUTES_PER_DAY;
    private static final int WEEK = 7 * DAY;

    /** A well-formed window and its place in {@code days}. */
    private record Placed(int index, CallingWindow window) {
        /** The first and last day (0 = Monday) it is placed on: its own, or every day. */
        int firstDay() {
            return window.day().isPresent() ? window.day().get().ordinal() : 0;
        }

        int lastDay() {
            return window.day().isPresent() ? window.day().get().ordinal() : 6;
        }
    }

    /** The well-formed windows (built without error), with their index. */
    private static List<Placed> placed(List<CallingWindow> windows) {
        List<Placed> placed = new ArrayList<>();
        if (windows == null) return placed;
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i) != null) placed.add(new Placed(i, windows.get(i)));
        }
        return placed;
    }

    /** Whether windows a and b meet on the one-week timeline from Monday 00:00, including across the week's end. */
    private static boolean overlap(Placed a, Placed b) {
        for (int da = a.firstDay(); da <= a.lastDay(); da++) {
            for (int db = b.firstDay(); db <= b.lastDay(); db++) {
                int aStart = da * DAY + a.window().startMinute();
                int aEnd = da * DAY + a.window().endMinute();
                int bStart = db * DAY + b.window().startMinute();
                int bEnd = db * DAY + b.window().endMinute();
                for (int shift = -WEEK; shift <= WEEK; shift += WEEK) {
                    if (aStart + shift < bEnd && bStart < aEnd + shift) return true;
                }
            }
        }
        return false;
    }

    /** Overlapping windows, then (under WEEKLY) days that differ, both over the well-formed windows. */
    static List<Violation> windowLayout(CallingHoursDraft hours, List<CallingWindow> windows, Path at) {
        List<Placed> placed = placed(windows);
        List<Violation> found = new ArrayList<>();
        for (int j = 0; j < placed.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (overlap(placed.get(i), placed.get(j))) {
                    Path where = at.field("days").index(placed.get(j).index());
                    found.add(Violations.of(where, Violations.code(where, "overlap"),
                            "overlaps days[{with}]; the open time is their union", Severity.WARNING, "with", placed.get(i).index()));
                    break;
                }
            }
        }
        if ("WEEKLY".equals(hours.frequency()) && daysDiffer(placed)) {
            Path where = at.field("frequency");
            found.add(Violations.of(where, Violations.code(where, "windowsDiffer"),
                    "WEEKLY days have different windows; use CUSTOM to say so", Severity.WARNING));
        }
        return found;
    }

    /** Whether the listed days do not all have the same windows (each day's compared sorted by start). */
    private static boolean daysDiffer(List<Placed> placed) {
        List<CallingWindow> sorted = new ArrayList<>(placed.size());
        for (Placed p : placed) sorted.add(p.window());
        sorted.sort(BY_DAY_THEN_START);
        List<CallingWindow> first = null;
        for (int from = 0; from < sorted.size(); ) {
            int to = from;
            while (to < sorted.size() && sorted.get(to).day().equals(sorted.get(from).day())) to++;
            List<CallingWindow> day = sorted.subList(from, to);
            if (first == null) first = day;
            else if (!sameTimes(first, day)) return true;
            from = to;
        }
        return false;
    }

    private static final Comparator<CallingWindow> BY_DAY_THEN_START = Comparator.comparingInt(CallingHoursRules::weekMinute);

    /** Minutes from Monday 00:00 to the window's start (every-day windows count from Sunday's start a week before). */
    private static int weekMinute(CallingWindow w) {
        return (w.day().isPresent() ? w.day().get().ordinal() : -1) * DAY + w.startMinute();
    }

    private static boolean sameTimes(List<CallingWindow> a, List<CallingWindow> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).startMinute() != b.get(i).startMinute() || a.get(i).endMinute() != b.get(i).endMinute()) return false;
        }
        return true;
    }

    static List<Violation> useScheduleRoute(ScheduleDraft schedule, Path at) {
        if (!Boolean.TRUE.equals(schedule.isSchedulingEnabled())) return List.of();
        Path where = at.field("isSchedulingEnabled");
        return List.of(Violations.of(where, Violations.code(where, "useScheduleRoute"),
                "cannot be switched on here: schedule the campaign through the schedule route", Severity.ERROR));
    }
}

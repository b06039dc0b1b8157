package dev.voicecampaign.rules;

import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.Violations;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The cross-field checks of calling hours and scheduling; each looks only at entries whose fields are well formed. */
final class CallingHoursRules {
    private CallingHoursRules() {
    }

    static List<Violation> startEqualsEnd(DayWindowDraft w, Path at, ValidationContext context) {
        Optional<LocalTime> start = WireTime.parse(w.start());
        Optional<LocalTime> end = WireTime.parse(w.end());
        if (start.isEmpty() || !start.equals(end) || start.get().equals(LocalTime.MIDNIGHT)) return List.of();
        return List.of(Violations.of(at, Violations.code(at, "startEqualsEnd"),
                "starts and ends at {time}: ambiguous (use 12:00 AM-12:00 AM for the whole day)", Severity.ERROR,
                "time", w.start()));
    }

    /** A date {@code YYYY-MM-DD}, or a yearly {@code --MM-DD}. */
    static Optional<Object> parseDate(String text) {
        try {
            return Optional.of(text.startsWith("--") ? MonthDay.parse(text) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A full date {@code YYYY-MM-DD}. */
    static Optional<Object> parseFullDate(String text) {
        return text.startsWith("--") ? Optional.empty() : parseDate(text);
    }

    static List<Violation> reversed(RestrictedPeriodDraft p, Path at, ValidationContext context) {
        if (Boolean.TRUE.equals(p.yearly())) return List.of();
        Optional<Object> from = parseDate(Objects.requireNonNullElse(p.from(), ""));
        Optional<Object> to = parseDate(Objects.requireNonNullElse(p.to(), ""));
        if (from.isPresent() && to.isPresent() && from.get() instanceof LocalDate f && to.get() instanceof LocalDate t && t.isBefore(f)) {
            return List.of(Violations.of(at, Violations.code(at, "reversed"), "ends ({to}) before it starts ({from})",
                    Severity.ERROR, "from", p.from(), "to", p.to()));
        }
        return List.of();
    }

    /** Well-formed windows by day ("*" for every day under DAILY), with their index. */
    private record Window(int index, String day, int start, int end) {
    }

    private static List<Window> windows(CallingHoursDraft hours) {
        List<Window> windows = new ArrayList<>();
        if (hours.days() == null || !CallingHours.WINDOW_COUNT.contains(hours.days().size())) return windows;
        boolean daily = "DAILY".equals(hours.frequency());
        for (int i = 0; i < hours.days().size(); i++) {
            DayWindowDraft w = hours.days().get(i);
            if (w == null) continue;
            Optional<LocalTime> start = WireTime.parse(w.start());
            Optional<LocalTime> end = WireTime.parse(w.end());
            if (start.isEmpty() || end.isEmpty() || (!daily && (w.day() == null || !CampaignRuleSets.DAYS.contains(w.day())))) continue;
            int s = start.get().getHour() * 60 + start.get().getMinute();
            int e = end.get().getHour() * 60 + end.get().getMinute();
            if (s == e && s != 0) continue;
            windows.add(new Window(i, daily ? "*" : w.day(), s, e <= s ? e + 24 * 60 : e));
        }
        return windows;
    }

    private static final int WEEK = 7 * 24 * 60;

    /** The window's stretches on a one-week timeline from Monday 00:00 (every day under DAILY). */
    private static List<int[]> weekRanges(Window w) {
        List<int[]> ranges = new ArrayList<>();
        List<Integer> days = w.day().equals("*") ? List.of(0, 1, 2, 3, 4, 5, 6) : List.of(CampaignRuleSets.DAYS.indexOf(w.day()));
        for (int d : days) ranges.add(new int[] {d * 24 * 60 + w.start(), d * 24 * 60 + w.end()});
        return ranges;
    }

    /** Whether two stretches meet, including across the end of the week (Sunday night into Monday). */
    private static boolean meet(int[] a, int[] b) {
        for (int shift : new int[] {-WEEK, 0, WEEK}) {
            if (a[0] + shift < b[1] && b[0] < a[1] + shift) return true;
        }
        return false;
    }

    static List<Violation> overlaps(CallingHoursDraft hours, Path at, ValidationContext context) {
        List<Window> windows = windows(hours);
        List<Violation> found = new ArrayList<>();
        for (int j = 0; j < windows.size(); j++) {
            for (int i = 0; i < j; i++) {
                Window a = windows.get(i);
                Window b = windows.get(j);
                boolean overlap = weekRanges(a).stream().anyMatch(x -> weekRanges(b).stream().anyMatch(y -> meet(x, y)));
                if (overlap) {
                    Path where = at.field("days").index(b.index());
                    found.add(Violations.of(where, Violations.code(where, "overlap"),
                            "overlaps days[{with}]; the windows are merged", Severity.WARNING, "with", a.index()));
                    break;
                }
            }
        }
        return found;
    }

    static List<Violation> windowsDiffer(CallingHoursDraft hours, Path at, ValidationContext context) {
        if (!"WEEKLY".equals(hours.frequency())) return List.of();
        Map<String, List<List<Integer>>> byDay = new TreeMap<>();
        for (Window w : windows(hours)) byDay.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(List.of(w.start(), w.end()));
        byDay.values().forEach(l -> l.sort((x, y) -> x.get(0).compareTo(y.get(0))));
        if (byDay.values().stream().distinct().count() <= 1) return List.of();
        Path where = at.field("frequency");
        return List.of(Violations.of(where, Violations.code(where, "windowsDiffer"),
                "WEEKLY days have different windows; use CUSTOM to say so", Severity.WARNING));
    }

    static List<Violation> useScheduleRoute(ScheduleDraft schedule, Path at, ValidationContext context) {
        if (!Boolean.TRUE.equals(schedule.isSchedulingEnabled())) return List.of();
        Path where = at.field("isSchedulingEnabled");
        return List.of(Violations.of(where, Violations.code(where, "useScheduleRoute"),
                "cannot be switched on here: schedule the campaign through the schedule route", Severity.ERROR));
    }
}

package dev.voicecampaign.rules;

import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.WireDay;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.Violations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The cross-field checks of calling hours and scheduling; each looks only at entries whose fields are well formed. */
final class CallingHoursRules {
    private CallingHoursRules() {
    }

    static List<Violation> startEqualsEnd(DayWindowDraft w, Path at, ValidationContext context) {
        int start = minuteOfDay(w.start());
        if (start <= 0 || start != minuteOfDay(w.end())) return List.of();
        return List.of(Violations.of(at, Violations.code(at, "startEqualsEnd"),
                "starts and ends at {time}: ambiguous (use 12:00 AM-12:00 AM for the whole day)", Severity.ERROR,
                "time", w.start()));
    }

    /** The minute of the day a wire time names, or -1 when it names none. */
    private static int minuteOfDay(String wireTime) {
        return WireTime.parse(wireTime).map(t -> t.getHour() * 60 + t.getMinute()).orElse(-1);
    }

    /** The shape of a full date; {@link #parseDate} also needs it to be a real day. */
    static final Pattern FULL_DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** The shape of a yearly date, with or without its (ignored) year. */
    static final Pattern YEARLY_DATE_SHAPE = Pattern.compile("--[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}");

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

    /**
     * The well-formed windows, in input order: their index in {@code days}, day (0 = Monday; -1 for
     * every day under DAILY), and start and end minute (an end at or before the start moved into the
     * next day). Plain arrays: these checks run on every validation.
     */
    private record Windows(int count, int[] index, int[] day, int[] start, int[] end) {
    }

    private static Windows windows(CallingHoursDraft hours) {
        List<DayWindowDraft> days = hours.days();
        if (days == null || !CallingHours.WINDOW_COUNT.contains(days.size())) return new Windows(0, null, null, null, null);
        int n = days.size();
        Windows found = new Windows(0, new int[n], new int[n], new int[n], new int[n]);
        boolean daily = "DAILY".equals(hours.frequency());
        int count = 0;
        for (int i = 0; i < n; i++) {
            DayWindowDraft w = days.get(i);
            if (w == null) continue;
            int s = minuteOfDay(w.start());
            int e = minuteOfDay(w.end());
            int day = daily ? -1 : WireDay.parse(w.day()).map(DayOfWeek::ordinal).orElse(-1);
            if (s < 0 || e < 0 || (!daily && day < 0)) continue;
            if (s == e && s != 0) continue;
            found.index()[count] = i;
            found.day()[count] = day;
            found.start()[count] = s;
            found.end()[count] = e <= s ? e + 24 * 60 : e;
            count++;
        }
        return new Windows(count, found.index(), found.day(), found.start(), found.end());
    }

    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;

    /** Whether windows a and b meet on the one-week timeline from Monday 00:00, including across the week's end. */
    private static boolean overlap(Windows w, int a, int b) {
        for (int da = w.day()[a] < 0 ? 0 : w.day()[a]; da <= (w.day()[a] < 0 ? 6 : w.day()[a]); da++) {
            for (int db = w.day()[b] < 0 ? 0 : w.day()[b]; db <= (w.day()[b] < 0 ? 6 : w.day()[b]); db++) {
                int aStart = da * DAY + w.start()[a];
                int aEnd = da * DAY + w.end()[a];
                int bStart = db * DAY + w.start()[b];
                int bEnd = db * DAY + w.end()[b];
                for (int shift = -WEEK; shift <= WEEK; shift += WEEK) {
                    if (aStart + shift < bEnd && bStart < aEnd + shift) return true;
                }
            }
        }
        return false;
    }

    /** Overlapping windows, then (under WEEKLY) days that differ: both read the same well-formed windows, made once. */
    static List<Violation> windowLayout(CallingHoursDraft hours, Path at, ValidationContext context) {
        Windows windows = windows(hours);
        List<Violation> overlaps = overlaps(windows, at);
        Optional<Violation> differ = windowsDiffer(hours, windows, at);
        if (differ.isEmpty()) return overlaps;
        if (overlaps.isEmpty()) return List.of(differ.get());
        List<Violation> both = new ArrayList<>(overlaps);
        both.add(differ.get());
        return both;
    }

    private static List<Violation> overlaps(Windows windows, Path at) {
        List<Violation> found = List.of();
        for (int j = 0; j < windows.count(); j++) {
            for (int i = 0; i < j; i++) {
                if (overlap(windows, i, j)) {
                    Path where = at.field("days").index(windows.index()[j]);
                    if (found.isEmpty()) found = new ArrayList<>();
                    found.add(Violations.of(where, Violations.code(where, "overlap"),
                            "overlaps days[{with}]; the windows are merged", Severity.WARNING, "with", windows.index()[i]));
                    break;
                }
            }
        }
        return found;
    }

    /** Under WEEKLY, a warning when the listed days do not all have the same windows (compared sorted by start). */
    private static Optional<Violation> windowsDiffer(CallingHoursDraft hours, Windows w, Path at) {
        if (!"WEEKLY".equals(hours.frequency())) return Optional.empty();
        int n = w.count();
        // The windows' positions stably sorted by day, then start: each day's windows in the order compared.
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && (w.day()[order[j - 1]] > w.day()[i]
                    || (w.day()[order[j - 1]] == w.day()[i] && w.start()[order[j - 1]] > w.start()[i]))) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        int firstEnd = 0;
        while (firstEnd < n && w.day()[order[firstEnd]] == w.day()[order[0]]) firstEnd++;
        for (int from = firstEnd; from < n; ) {
            int to = from;
            while (to < n && w.day()[order[to]] == w.day()[order[from]]) to++;
            boolean same = to - from == firstEnd;
            for (int k = 0; same && k < firstEnd; k++) {
                same = w.start()[order[from + k]] == w.start()[order[k]] && w.end()[order[from + k]] == w.end()[order[k]];
            }
            if (!same) {
                Path where = at.field("frequency");
                return Optional.of(Violations.of(where, Violations.code(where, "windowsDiffer"),
                        "WEEKLY days have different windows; use CUSTOM to say so", Severity.WARNING));
            }
            from = to;
        }
        return Optional.empty();
    }

    static List<Violation> useScheduleRoute(ScheduleDraft schedule, Path at, ValidationContext context) {
        if (!Boolean.TRUE.equals(schedule.isSchedulingEnabled())) return List.of();
        Path where = at.field("isSchedulingEnabled");
        return List.of(Violations.of(where, Violations.code(where, "useScheduleRoute"),
                "cannot be switched on here: schedule the campaign through the schedule route", Severity.ERROR));
    }
}

package dev.voicecampaign.rules.compliance;

import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WeeklySchedule;
import dev.voicecampaign.core.hours.WireDay;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.Violations;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regulator's calling rules a host opts into: the local hours at the called party in which calls
 * are allowed, closed days, and a minimum ring time. A pack checks a campaign's configured windows
 * (as a rule set to add with {@code CampaignRules.plus}) and answers for one planned call.
 * See {@link CompliancePacks} for the packs and the rules they cite.
 *
 * @param id short id used in codes: {@code compliance.<id>.outsideHours}
 * @param source the regulation the pack encodes
 */
public record CompliancePack(String id, String title, String source, List<CallingWindow> allowedLocalWindows,
                             List<RestrictedPeriod> closedDays, Optional<Integer> minRingSeconds) {
    public CompliancePack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        allowedLocalWindows = List.copyOf(allowedLocalWindows);
        closedDays = List.copyOf(closedDays);
        Objects.requireNonNull(minRingSeconds, "minRingSeconds");
    }

    /** The allowed hours as calling hours in {@code zone} (the called party's zone). */
    public CallingHours hoursIn(ZoneId zone) {
        return new CallingHours(Frequency.CUSTOM, zone, allowedLocalWindows, closedDays);
    }

    /** The allowed hours compiled for {@code zone}; intersect a campaign's schedule with it for contact-local evaluation. */
    public WeeklySchedule scheduleIn(ZoneId zone) {
        return WeeklySchedule.compile(hoursIn(zone));
    }

    /** Whether a call placed at {@code when} to someone in {@code calledPartyZone} is allowed by this pack. */
    public boolean allowsCallAt(Instant when, ZoneId calledPartyZone) {
        return scheduleIn(calledPartyZone).isOpenAt(when);
    }

    /**
     * Rules for a campaign's configuration: every calling window must lie inside the allowed hours
     * of its day (read in the campaign's own zone, the zone of its called parties as far as the
     * configuration can tell: per-call checks cover the rest), and the ring time must reach the
     * minimum. Codes: {@code compliance.<id>.outsideHours} at {@code days[i]},
     * {@code compliance.<id>.ringTooShort} at {@code dialingStrategy.maxRingTime}.
     */
    public RuleSet<CampaignDraft, Void> rules() {
        return RuleSet.checking(r -> {
            r.cross(code("outsideHours"), Severity.ERROR, title + ": every window inside " + describeHours(),
                    (d, parsed, at, context) -> outsideHours(d, at));
            r.cross(code("ringTooShort"), Severity.ERROR, title + ": ring at least " + minRingSeconds.map(s -> s + " s").orElse("(no minimum)"),
                    (d, parsed, at, context) -> ringTooShort(d, at));
        });
    }

    private String code(String problem) {
        return "compliance." + id + "." + problem;
    }

    private String describeHours() {
        List<String> parts = new ArrayList<>();
        for (CallingWindow w : allowedLocalWindows) {
            parts.add(w.day().map(d -> d.name().substring(0, 2)).orElse("daily") + " " + WireTime.format(w.start()) + "-" + WireTime.format(w.end()));
        }
        return String.join(", ", parts);
    }

    private List<Violation> ringTooShort(CampaignDraft d, Path at) {
        if (minRingSeconds.isEmpty() || d.dialingStrategy() == null || d.dialingStrategy().maxRingTime() == null) return List.of();
        if (d.dialingStrategy().maxRingTime() >= minRingSeconds.get()) return List.of();
        return List.of(Violations.of(at.field("dialingStrategy").field("maxRingTime"), code("ringTooShort"),
                "{pack}: unanswered calls must ring at least {min} seconds", Severity.ERROR, "pack", title, "min", minRingSeconds.get()));
    }

    private List<Violation> outsideHours(CampaignDraft d, Path at) {
        if (d.dialingStrategy() == null || d.dialingStrategy().callingHours() == null) return List.of();
        CallingHoursDraft hours = d.dialingStrategy().callingHours();
        if (hours.days() == null) return List.of();
        boolean daily = "DAILY".equals(hours.frequency());
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < hours.days().size(); i++) {
            DayWindowDraft w = hours.days().get(i);
            if (w == null) continue;
            Optional<LocalTime> start = WireTime.parse(w.start());
            Optional<LocalTime> end = WireTime.parse(w.end());
            Optional<DayOfWeek> day = daily ? Optional.empty() : WireDay.parse(w.day());
            if (start.isEmpty() || end.isEmpty() || (!daily && day.isEmpty())) continue;
            if (start.get().equals(end.get()) && !start.get().equals(LocalTime.MIDNIGHT)) continue;
            CallingWindow window = new CallingWindow(day, start.get(), end.get());
            List<DayOfWeek> days = day.map(List::of).orElse(List.of(DayOfWeek.values()));
            if (!days.stream().allMatch(dd -> fits(window, dd))) {
                Path where = at.field("dialingStrategy").field("callingHours").field("days").index(i);
                found.add(Violations.of(where, code("outsideHours"), "{pack}: calls are allowed only {allowed} (called party's local time)",
                        Severity.ERROR, "pack", title, "allowed", describeHours()));
            }
        }
        return found;
    }

    /** Whether {@code window}, placed on {@code day}, lies entirely inside the allowed windows (an overnight part counts on the next day). */
    private boolean fits(CallingWindow window, DayOfWeek day) {
        int start = window.startMinute();
        int end = window.endMinute();
        if (end <= CallingWindow.MINUTES_PER_DAY) return covered(day, start, end);
        return covered(day, start, CallingWindow.MINUTES_PER_DAY) && covered(day.plus(1), 0, end - CallingWindow.MINUTES_PER_DAY);
    }

    private boolean covered(DayOfWeek day, int start, int end) {
        return allowedLocalWindows.stream().anyMatch(a -> a.day().map(day::equals).orElse(true)
                && a.startMinute() <= start && end <= Math.min(a.endMinute(), CallingWindow.MINUTES_PER_DAY));
    }
}

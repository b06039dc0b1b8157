package dev.voicecampaign.rules.compliance;

import de.focus_shift.jollyday.core.HolidayCalendar;
import dev.voicecampaign.core.hours.CallingWindow;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The compliance packs we ship. Each encodes the calling-time rule of one regulation as we read it;
 * they are aids, not legal advice: check the current text before relying on them.
 */
public final class CompliancePacks {
    private CompliancePacks() {
    }

    private static List<CallingWindow> days(List<DayOfWeek> days, LocalTime start, LocalTime end) {
        return days.stream().map(d -> CallingWindow.on(d, start, end)).toList();
    }

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<DayOfWeek> ALL_DAYS = List.of(DayOfWeek.values());

    /**
     * United States, federal: no telephone solicitation before 8:00 AM or after 9:00 PM at the called
     * party's location (47 CFR § 64.1200(c)(1); also the FTC's Telemarketing Sales Rule, 16 CFR
     * § 310.4(c)); an unanswered call may not be disconnected before 15 seconds or four rings
     * (47 CFR § 64.1200(a)(6)).
     */
    public static CompliancePack usFederal() {
        return new CompliancePack("us", "US federal (47 CFR 64.1200)", "47 CFR § 64.1200(c)(1) and (a)(6); 16 CFR § 310.4(c)",
                days(ALL_DAYS, LocalTime.of(8, 0), LocalTime.of(21, 0)), List.of(), Optional.of(15));
    }

    /**
     * Florida: commercial telephone solicitation only from 8:00 AM to 8:00 PM in the called person's
     * time zone (Florida Telemarketing Act, Fla. Stat. § 501.616(6)(a), as amended in 2021).
     */
    public static CompliancePack florida() {
        return new CompliancePack("florida", "Florida (Fla. Stat. 501.616)", "Fla. Stat. § 501.616(6)(a)",
                days(ALL_DAYS, LocalTime.of(8, 0), LocalTime.of(20, 0)), List.of(), Optional.empty());
    }

    /**
     * Canada: telemarketing calls only 9:00 AM to 9:30 PM on weekdays and 10:00 AM to 6:00 PM on
     * weekends, called consumer's local time (CRTC Unsolicited Telecommunications Rules, Part III,
     * Telemarketing Rules, calling-hours rule).
     */
    public static CompliancePack canadaCrtc() {
        List<CallingWindow> windows = new ArrayList<>(days(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(21, 30)));
        windows.addAll(days(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(10, 0), LocalTime.of(18, 0)));
        return new CompliancePack("canada", "Canada (CRTC Telemarketing Rules)",
                "CRTC Unsolicited Telecommunications Rules, Part III (Telemarketing Rules), calling hours", windows, List.of(), Optional.empty());
    }

    /**
     * Australia: telemarketing calls only 9:00 AM to 8:00 PM on weekdays and 9:00 AM to 5:00 PM on
     * Saturdays; none on Sundays or national public holidays (Telecommunications (Telemarketing and
     * Research Calls) Industry Standard 2017, calling-time provisions). The national public holidays are
     * Jollyday's for Australia ({@link PublicHolidays}): New Year's Day, Australia Day, Anzac Day, Christmas Day and
     * Boxing Day every year; Good Friday, Easter Saturday and Monday, and the weekdays holidays falling on a weekend
     * are observed on, dated 2025 to 2045.
     */
    public static CompliancePack australia() {
        return AUSTRALIA;
    }

    private static final CompliancePack AUSTRALIA = australiaPack();

    private static CompliancePack australiaPack() {
        List<CallingWindow> windows = new ArrayList<>(days(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(20, 0)));
        windows.add(CallingWindow.on(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        return new CompliancePack("australia", "Australia (Telemarketing Industry Standard 2017)",
                "Telecommunications (Telemarketing and Research Calls) Industry Standard 2017, calling times; holidays: Jollyday",
                windows, PublicHolidays.of(HolidayCalendar.AUSTRALIA, openDays(windows)), Optional.empty());
    }

    /** The weekdays on which some window opens. */
    private static Set<DayOfWeek> openDays(List<CallingWindow> windows) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (CallingWindow w : windows) days.addAll(w.day().map(Set::of).orElse(EnumSet.allOf(DayOfWeek.class)));
        return days;
    }

    public static List<CompliancePack> all() {
        return List.of(usFederal(), florida(), canadaCrtc(), australia());
    }

    /** The ids of {@link #all()}, as a campaign's {@code compliancePacks} names them. */
    public static final List<String> IDS = all().stream().map(CompliancePack::id).toList();

    /** The pack with {@code id}. */
    public static Optional<CompliancePack> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}

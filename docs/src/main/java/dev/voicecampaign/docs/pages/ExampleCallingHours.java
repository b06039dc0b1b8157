package dev.voicecampaign.docs.pages;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The example campaign the calling-hours page draws, and the fixed weeks it draws it in. Fixed
 * dates keep the generated charts identical from build to build. The Saturday night window reaches
 * into Sunday 2:30 AM so that the spring-forward week has something to show.
 */
public final class ExampleCallingHours {
    public static final ZoneId CAMPAIGN_ZONE = ZoneId.of("America/New_York");
    /** Where the called party of chart (b) lives. */
    public static final ZoneId PARTY_ZONE = ZoneId.of("Europe/London");
    /** An ordinary week (no clock change in either zone), Monday first. */
    public static final LocalDate ORDINARY_WEEK = LocalDate.of(2025, 6, 2);
    /** The week in which the US springs forward (Sunday 2025-03-09, 2:00 AM becomes 3:00 AM), Monday first. */
    public static final LocalDate SPRING_FORWARD_WEEK = LocalDate.of(2025, 3, 3);

    private ExampleCallingHours() {
    }

    /** Weekdays 9:00 AM-8:00 PM, Friday night 10:00 PM-2:00 AM, Saturday 10:00 AM-2:00 PM and 10:00 PM-2:30 AM. */
    public static CallingHours campaign() {
        List<CallingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            windows.add(CallingWindow.on(day, LocalTime.of(9, 0), LocalTime.of(20, 0)));
        }
        windows.add(CallingWindow.on(FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)));
        windows.add(CallingWindow.on(SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
        windows.add(CallingWindow.on(SATURDAY, LocalTime.of(22, 0), LocalTime.of(2, 30)));
        return new CallingHours(Frequency.CUSTOM, CAMPAIGN_ZONE, windows);
    }

    /** The called party's own local rule: calls only 8:00 AM-9:00 PM, every day, in their zone. */
    public static CallingHours partyRule() {
        return new CallingHours(Frequency.DAILY, PARTY_ZONE, List.of(CallingWindow.everyDay(LocalTime.of(8, 0), LocalTime.of(21, 0))));
    }
}

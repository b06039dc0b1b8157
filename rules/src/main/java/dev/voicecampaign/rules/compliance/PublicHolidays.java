package dev.voicecampaign.rules.compliance;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A country's national public holidays as Jollyday (de.focus-shift) lists them, as closed days of a compliance pack.
 * A holiday on the same date every year is one yearly period (its own date stays closed when it is observed on
 * another weekday: the safe side); the others (Easter, a weekend holiday's observed weekday) are dated, from {@link #FIRST_YEAR} to {@link #LAST_YEAR}, and only where the pack would otherwise allow
 * calls that weekday: calling hours hold at most 100 restricted periods, and a pack's holidays must fit.
 */
final class PublicHolidays {
    static final int FIRST_YEAR = 2025;
    static final int LAST_YEAR = 2045;

    private PublicHolidays() {
    }

    /** The national public holidays of {@code country} that fall on one of {@code openDays} or recur on a fixed date. */
    static List<RestrictedPeriod> of(HolidayCalendar country, Set<DayOfWeek> openDays) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        Map<FixedDate, Integer> fixedDates = new LinkedHashMap<>();
        List<Holiday> all = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream().sorted().toList()) {
                all.add(holiday);
                fixedDates.merge(key(holiday), 1, Integer::sum);
            }
        }
        int years = LAST_YEAR - FIRST_YEAR + 1;
        List<RestrictedPeriod> closed = new ArrayList<>();
        fixedDates.forEach((key, count) -> {
            if (count >= years) closed.add(new RestrictedPeriod.Yearly(key.day(), key.day(), key.name()));
        });
        for (Holiday holiday : all) {
            boolean yearly = holiday.getDate().equals(holiday.getActualDate()) && fixedDates.get(key(holiday)) >= years;
            if (yearly || !openDays.contains(holiday.getDate().getDayOfWeek())) continue;
            String observed = holiday.getDate().equals(holiday.getActualDate()) ? "" : " (observed)";
            closed.add(new RestrictedPeriod.OneOff(holiday.getDate(), holiday.getDate(),
                    holiday.getDescription(Locale.ENGLISH) + observed + " " + holiday.getDate().getYear()));
        }
        return List.copyOf(closed);
    }

    /** A holiday by its own date and name, whichever weekday it is observed on. */
    private record FixedDate(MonthDay day, String name) {
    }

    private static FixedDate key(Holiday holiday) {
        return new FixedDate(MonthDay.from(holiday.getActualDate()), holiday.getDescription(Locale.ENGLISH));
    }
}

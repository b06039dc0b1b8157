package dev.voicecampaign.core.hours;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/** The API's day names: two upper-case letters, {@code MO} to {@code SU}. */
public final class WireDay {
    /** Every day name, Monday first; the rule sets and docs list them from here. */
    public static final List<String> NAMES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private WireDay() {
    }

    /** The day {@code text} names, or empty when it names none. */
    public static Optional<DayOfWeek> parse(String text) {
        int index = text == null ? -1 : NAMES.indexOf(text);
        return index < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(index + 1));
    }

    public static String format(DayOfWeek day) {
        return NAMES.get(day.ordinal());
    }
}

package dev.voicecampaign.core.hours;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's clock-time format, {@code h:mm AM} / {@code h:mm PM} (US style, upper-case, one space).
 * An hour may be written with one or two digits ({@code 9:00 AM}, {@code 09:00 AM}); output always
 * uses the shortest form. {@code 12:00 AM} is midnight, {@code 12:00 PM} noon.
 */
public final class WireTime {
    /** The accepted shape, quoted by the rule sets and docs. */
    public static final Pattern PATTERN = Pattern.compile("(0?[1-9]|1[0-2]):([0-5][0-9]) (AM|PM)");

    private WireTime() {
    }

    public static Optional<LocalTime> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) return Optional.empty();
        int hour = Integer.parseInt(m.group(1)) % 12;
        if (m.group(3).equals("PM")) hour += 12;
        return Optional.of(LocalTime.of(hour, Integer.parseInt(m.group(2))));
    }

    public static String format(LocalTime time) {
        int hour = time.getHour() % 12;
        return (hour == 0 ? 12 : hour) + ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute()
                + (time.getHour() < 12 ? " AM" : " PM");
    }
}

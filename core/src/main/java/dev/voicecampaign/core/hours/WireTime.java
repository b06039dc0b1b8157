package dev.voicecampaign.core.hours;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's clock-time format, {@code h:mm AM} / {@code h:mm PM} (US style, upper-case, one space).
 * An hour may be written with one or two digits ({@code 9:00 AM}, {@code 09:00 AM}); output always
 * uses the shortest form. {@code 12:00 AM} is midnight, {@code 12:00 PM} noon.
 */
public final class WireTime {
    /** The accepted shape, quoted by the rule sets and docs; {@link #parse} reads with it. */
    public static final Pattern PATTERN = Pattern.compile("(0?[1-9]|1[0-2]):([0-5][0-9]) (AM|PM)");
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private WireTime() {
    }

    /** The time {@code text} names, or empty when it is null or not of the {@link #PATTERN} shape. */
    public static Optional<LocalTime> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) return Optional.empty();
        int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("PM") ? 12 : 0);
        return Optional.of(LocalTime.of(hour, Integer.parseInt(m.group(2))));
    }

    public static String format(LocalTime time) {
        return OUTPUT.format(time);
    }
}

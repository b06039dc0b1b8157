package dev.voicecampaign.core.hours;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's clock-time format, {@code h:mm AM} / {@code h:mm PM} (US style, upper-case, one space).
 * An hour may be written with one or two digits ({@code 9:00 AM}, {@code 09:00 AM}); output always
 * uses the shortest form. {@code 12:00 AM} is midnight, {@code 12:00 PM} noon.
 */
public final class WireTime {
    /** The accepted shape, quoted by the rule sets, docs and schemas. */
    public static final Pattern PATTERN = Pattern.compile("(0?[1-9]|1[0-2]):([0-5][0-9]) (AM|PM)");
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private WireTime() {
    }

    /**
     * The time {@code text} names, or empty when it is null or not of the {@link #PATTERN} shape. Read
     * character by character, accepting exactly what the pattern accepts (a test holds the two together):
     * ten times a draft, a matcher cost a fifth of validating it.
     */
    public static Optional<LocalTime> parse(String text) {
        if (text == null || text.length() < 7 || text.length() > 8) return Optional.empty();
        int colon = text.length() - 6;
        int hour = colon == 1 ? digit(text, 0) : digit(text, 0) * 10 + digit(text, 1);
        if (colon == 2 && digit(text, 0) > 1) return Optional.empty();
        int tens = digit(text, colon + 1);
        int ones = digit(text, colon + 2);
        char half = text.charAt(colon + 4);
        if (hour < 1 || hour > 12 || text.charAt(colon) != ':' || tens < 0 || tens > 5 || ones < 0 || text.charAt(colon + 3) != ' '
                || (half != 'A' && half != 'P') || text.charAt(colon + 5) != 'M') {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour % 12 + (half == 'P' ? 12 : 0), tens * 10 + ones));
    }

    /** The digit at {@code index}, or a large negative number when it is none (so any sum with it is out of range). */
    private static int digit(String text, int index) {
        char c = text.charAt(index);
        return c >= '0' && c <= '9' ? c - '0' : -100;
    }

    public static String format(LocalTime time) {
        return OUTPUT.format(time);
    }
}

package dev.voicecampaign.core.hours;

import java.time.LocalTime;
import java.util.Optional;
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
        int minute = minuteOfDay(text);
        return minute < 0 ? Optional.empty() : Optional.of(LocalTime.of(minute / 60, minute % 60));
    }

    /** A text read lately and the minute of the day it names (or -1). */
    private record Read(String text, int minute) {
    }

    /**
     * Texts read lately, by hash. One validation reads each window's times several times (the format
     * rule, the cross-field rules, the typed campaign), and the JSON reader hands over one String for
     * each time that requests repeat, so finding it again is cheaper than reading it again. A small lossy
     * table of immutable entries, safe without locks; a text that misses is read and takes its slot.
     */
    private static final Read[] READ = new Read[256];

    /**
     * The minute of the day {@code text} names (0 for {@code 12:00 AM}, 1439 for {@code 11:59 PM}), or
     * -1 when it is null or not of the {@link #PATTERN} shape.
     */
    public static int minuteOfDay(String text) {
        if (text == null) return -1;
        int hash = text.hashCode();
        int slot = (hash ^ hash >>> 16) & READ.length - 1;
        Read known = READ[slot];
        if (known != null && known.text.equals(text)) return known.minute;
        int minute = read(text);
        READ[slot] = new Read(text, minute);
        return minute;
    }

    /** Reads the characters directly: a regular expression would cost a matcher and substrings each time. */
    private static int read(String text) {
        int length = text.length();
        if (length != 7 && length != 8) return -1;
        int hour;
        if (length == 7) {
            hour = digit(text.charAt(0));
            if (hour < 1) return -1;
        } else {
            int tens = digit(text.charAt(0));
            int ones = digit(text.charAt(1));
            if (tens == 0 && ones >= 1) hour = ones;
            else if (tens == 1 && ones >= 0 && ones <= 2) hour = 10 + ones;
            else return -1;
        }
        int at = length - 6; // index of ':'
        int minuteTens = digit(text.charAt(at + 1));
        int minuteOnes = digit(text.charAt(at + 2));
        if (text.charAt(at) != ':' || minuteTens < 0 || minuteTens > 5 || minuteOnes < 0 || text.charAt(at + 3) != ' '
                || text.charAt(at + 5) != 'M') {
            return -1;
        }
        char half = text.charAt(at + 4);
        if (half != 'A' && half != 'P') return -1;
        int hourOfDay = hour % 12 + (half == 'P' ? 12 : 0);
        return hourOfDay * 60 + minuteTens * 10 + minuteOnes;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    public static String format(LocalTime time) {
        int hour = time.getHour() % 12;
        return (hour == 0 ? 12 : hour) + ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute()
                + (time.getHour() < 12 ? " AM" : " PM");
    }
}

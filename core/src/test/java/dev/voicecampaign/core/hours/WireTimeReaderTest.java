package dev.voicecampaign.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.support.Seeds;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The wire-time reader accepts exactly what the published {@link WireTime#PATTERN} accepts and reads the
 * same time: checked on every combination of near-miss parts and on seeded random strings. The pattern is
 * what docs and schemas publish; the reader is the one place that reads times.
 */
class WireTimeReaderTest {
    private static final String[] HOURS = {"", "0", "00", "1", "01", "09", "9", "10", "11", "12", "13", "19", "20", "1x", "x"};
    private static final String[] COLONS = {":", ";", ""};
    private static final String[] MINUTES = {"00", "05", "30", "59", "60", "5", "", "0x", "000"};
    private static final String[] SPACES = {" ", "", "  ", "\t"};
    private static final String[] HALVES = {"AM", "PM", "am", "XM", "AX", "A", "PMM", ""};

    @Test
    void theReaderAcceptsWhatThePatternAccepts() {
        List<String> candidates = new ArrayList<>();
        for (String h : HOURS) for (String c : COLONS) for (String m : MINUTES) for (String s : SPACES) for (String a : HALVES) {
            candidates.add(h + c + m + s + a);
        }
        for (int h = 0; h <= 13; h++) for (int m = 0; m < 60; m++) for (String a : List.of(" AM", " PM")) {
            candidates.add(h + ":" + (m < 10 ? "0" : "") + m + a);
            candidates.add((h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m + a);
        }
        SplittableRandom random = Seeds.random(Seeds.base());
        for (int i = 0; i < 20_000; i++) candidates.add(randomText(random, "0129:5 AMPX", 10));
        int accepted = 0;
        for (String text : candidates) {
            Optional<LocalTime> expected = byPattern(text);
            assertThat(WireTime.parse(text)).as("'%s'", text).isEqualTo(expected);
            if (expected.isPresent()) accepted++;
        }
        assertThat(accepted).isGreaterThan(12 * 60 * 2);
    }

    private static Optional<LocalTime> byPattern(String text) {
        Matcher m = WireTime.PATTERN.matcher(text);
        if (!m.matches()) return Optional.empty();
        int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("PM") ? 12 : 0);
        return Optional.of(LocalTime.of(hour, Integer.parseInt(m.group(2))));
    }

    private static String randomText(SplittableRandom random, String alphabet, int maxLength) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }
}

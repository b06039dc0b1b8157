package dev.voicecampaign.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.support.Seeds;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The hand-written readers of wire times, E.164 numbers and ids accept exactly what their published
 * patterns ({@link WireTime#PATTERN}, {@link CallerId#E164}, {@link CampaignId#SHAPE},
 * {@link StreamId#SHAPE}) accept, and read the same value: checked on
 * every combination of near-miss parts and on seeded random strings.
 */
class HandWrittenParsersTest {
    private static final String[] HOURS = {"", "0", "00", "1", "01", "09", "9", "10", "11", "12", "13", "19", "20", "1x", "x"};
    private static final String[] COLONS = {":", ";", ""};
    private static final String[] MINUTES = {"00", "05", "30", "59", "60", "5", "", "0x", "000"};
    private static final String[] SPACES = {" ", "", "  ", "\t"};
    private static final String[] HALVES = {"AM", "PM", "am", "XM", "AX", "A", "PMM", ""};

    @Test
    void wireTimeReaderMatchesThePattern() {
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
            assertThat(WireTime.minuteOfDay(text)).as("'%s'", text)
                    .isEqualTo(expected.map(t -> t.getHour() * 60 + t.getMinute()).orElse(-1));
            if (expected.isPresent()) accepted++;
        }
        assertThat(accepted).isGreaterThan(12 * 60 * 2);
        assertThat(WireTime.minuteOfDay(null)).isEqualTo(-1);
        // Again, backwards, as new strings: answered from the table of texts read lately, or read again.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String text = new String(candidates.get(i).toCharArray());
            assertThat(WireTime.minuteOfDay(text)).as("'%s' again", text)
                    .isEqualTo(byPattern(text).map(t -> t.getHour() * 60 + t.getMinute()).orElse(-1));
        }
    }

    @Test
    void callerIdCheckMatchesThePattern() {
        SplittableRandom random = Seeds.random(Seeds.base());
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = random.nextInt(4) == 0 ? randomText(random, "+0123456789x", 18)
                    : "+" + randomText(random, random.nextInt(20) == 0 ? "0123456789 " : "0123456789", 17);
            boolean expected = CallerId.E164.matcher(text).matches();
            assertThat(CallerId.isE164(text)).as("'%s'", text).isEqualTo(expected);
            if (expected) accepted++;
        }
        assertThat(accepted).isGreaterThan(1000);
        assertThat(CallerId.isE164(null)).isFalse();
    }

    @Test
    void idChecksMatchThePatterns() {
        SplittableRandom random = Seeds.random(Seeds.base());
        List<String> candidates = new ArrayList<>(List.of("", "cd", "cd-", "cd--", "cd-a", "CD-a", "cd_a", "xcd-a", "a", ".", "a.", ".a", "-a",
                "cd-" + "a".repeat(63), "cd-" + "a".repeat(64), "cd-" + "a".repeat(65), "s".repeat(127), "s".repeat(128), "s".repeat(129),
                "cd-é", "é", "st-0603182c-7ffb-53c3-b307-47ca14b9demo", "cd-00000000-0000-0000-0000-000000000000", "a b", "a\n"));
        for (int i = 0; i < 50_000; i++) {
            String tail = randomText(random, random.nextInt(10) == 0 ? "aZ09-._ é/\n" : "aZ09-", random.nextInt(8) == 0 ? 140 : 12);
            candidates.add(random.nextBoolean() ? "cd-" + tail : tail);
        }
        int campaigns = 0;
        int streams = 0;
        for (String text : candidates) {
            boolean campaign = CampaignId.SHAPE.matcher(text).matches();
            boolean stream = StreamId.SHAPE.matcher(text).matches();
            assertThat(CampaignId.isShaped(text)).as("campaign id '%s'", text).isEqualTo(campaign);
            assertThat(StreamId.isShaped(text)).as("stream id '%s'", text).isEqualTo(stream);
            if (campaign) campaigns++;
            if (stream) streams++;
        }
        assertThat(campaigns).isGreaterThan(1000);
        assertThat(streams).isGreaterThan(1000);
        assertThat(CampaignId.isShaped(null)).isFalse();
        assertThat(StreamId.isShaped(null)).isFalse();
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

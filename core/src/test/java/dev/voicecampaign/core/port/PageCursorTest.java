package dev.voicecampaign.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.port.CampaignQuery.SortField;
import dev.voicecampaign.core.support.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A cursor reads back as the position it was written from, and nothing else reads as a cursor; nothing throws. */
class PageCursorTest {
    static Stream<Long> seeds() {
        return Seeds.stream(200);
    }

    static PagePosition position(SplittableRandom random) {
        SortField field = SortField.values()[random.nextInt(3)];
        CampaignId id = new CampaignId("cd-" + Long.toHexString(random.nextLong()));
        PagePosition.Key key = field == SortField.NAME
                ? new PagePosition.ByName(random.ints(random.nextInt(49), 0x20, 0x2FFFF).filter(Character::isValidCodePoint)
                        .filter(c -> c < 0xD800 || c > 0xDFFF)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                : new PagePosition.ByTime(Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L), random.nextInt(1_000_000_000)));
        return new PagePosition(field, random.nextBoolean(), key, id);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aCursorReadsBackAsItsPositionWithinTheLimit(long seed) {
        PagePosition p = position(Seeds.random(seed));
        String cursor = PageCursor.encode(p);
        assertThat(cursor).as(Seeds.replay(seed)).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(PageCursor.MAX_LENGTH);
        assertThat(PageCursor.decode(cursor)).as(Seeds.replay(seed)).contains(p);
        // Any one character changed either reads as another valid cursor or as none, never throws.
        SplittableRandom random = Seeds.random(seed);
        char[] chars = cursor.toCharArray();
        chars[random.nextInt(chars.length)] = "AZaz09_-=+/".charAt(random.nextInt(11));
        PageCursor.decode(new String(chars)).ifPresent(other -> assertThat(PageCursor.encode(other)).isEqualTo(new String(chars)));
    }

    static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a cursor", "MQpDUkVBVEVEX0FUCmRlc2MKY2QtMQoxLjA=", "MQpDUkVBVEVEX0FUCmRlc2MKY2QtMQoxLjA=="})
    void textsThatAreNotCursorsReadAsNone(String text) {
        assertThat(PageCursor.decode(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2\nCREATED_AT\ndesc\ncd-1\n1.0", "1\nSIZE\ndesc\ncd-1\n1.0", "1\nCREATED_AT\nup\ncd-1\n1.0",
            "1\nCREATED_AT\ndesc\nnot-an-id\n1.0", "1\nCREATED_AT\ndesc\ncd-1\n1.05", "1\nCREATED_AT\ndesc\ncd-1\n99999999999999999999.0",
            "1\nCREATED_AT\ndesc\ncd-1\n9223372036854775807.0", "1\nCREATED_AT\ndesc\ncd-1\nsoon", "1\nCREATED_AT\ndesc\ncd-1",
            "1\nNAME\nasc\ncd-1\n\uFFFD"})
    void wellEncodedTextsThatNoEncoderWroteReadAsNone(String text) {
        String cursor = raw(text);
        boolean canonical = text.startsWith("1\nNAME");
        // a name is any text, so the last one is a real position; every other one is refused
        assertThat(PageCursor.decode(cursor).isPresent()).as(text).isEqualTo(canonical);
    }

    @org.junit.jupiter.api.Test
    void invalidUtf8AndStrayBitsReadAsNone() {
        byte[] bad = "1\nNAME\nasc\ncd-1\nx".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 1] = (byte) 0xC3;
        assertThat(PageCursor.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(bad))).isEmpty();
        String good = PageCursor.encode(new PagePosition(SortField.NAME, true, new PagePosition.ByName("a"), new CampaignId("cd-1")));
        // the last character of an unpadded spelling carries unused bits: setting them gives another spelling of the same bytes
        char last = good.charAt(good.length() - 1);
        String stray = good.substring(0, good.length() - 1) + (char) (last + 1);
        assertThat(PageCursor.decode(stray)).isEmpty();
        assertThat(PageCursor.decode("A".repeat(PageCursor.MAX_LENGTH + 4))).isEmpty();
    }
}

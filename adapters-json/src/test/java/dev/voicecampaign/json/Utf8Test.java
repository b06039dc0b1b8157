package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.support.Seeds;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strict UTF-8 check (the JDK's decoder) finds the same first bad byte as an RFC 3629
 * byte-by-byte reading, and agrees with a whole-body strict decode on validity, on seeded random bodies
 * of ASCII runs and well- and ill-formed sequences at every alignment.
 */
class Utf8Test {
    private static final byte[][] PIECES = {
            "a".getBytes(StandardCharsets.UTF_8), "abcdefghijk".getBytes(StandardCharsets.UTF_8),
            "é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}};

    @Test
    void agreesWithAByteByByteReading() {
        SplittableRandom random = Seeds.random(Seeds.base());
        int invalid = 0;
        for (int n = 0; n < 20_000; n++) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int pieces = random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                byte[] piece = PIECES[random.nextInt(random.nextInt(4) == 0 ? PIECES.length : 5)];
                body.write(piece, 0, piece.length);
            }
            byte[] bytes = body.toByteArray();
            int expected = byteByByte(bytes);
            assertThat(Utf8.firstInvalid(bytes)).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            assertThat(expected < 0).isEqualTo(decodesStrictly(bytes));
            if (expected >= 0) invalid++;
        }
        assertThat(invalid).isBetween(1000, 19_000);
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** RFC 3629 read one byte at a time: the reference. */
    private static int byteByByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length;
            int min = 0x80;
            int max = 0xBF;
            if (b < 0x80) length = 1;
            else if (b >= 0xC2 && b <= 0xDF) length = 2;
            else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) min = 0xA0;
                if (b == 0xED) max = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) min = 0x90;
                if (b == 0xF4) max = 0x8F;
            } else return i;
            if (i + length > bytes.length) return i;
            for (int k = 1; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < (k == 1 ? min : 0x80) || c > (k == 1 ? max : 0xBF)) return i;
            }
            i += length;
        }
        return -1;
    }
}

package dev.voicecampaign.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629), as RFC 8259 requires of JSON on the wire: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequences. Jackson's decoder is lenient about
 * some of these, so the reader checks first.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /** The index of the first byte that is not part of well-formed UTF-8, or -1 when all are. */
    static int firstInvalid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            // Bodies are mostly ASCII: skip 32 such bytes at a time, then eight.
            while (i + 32 <= n && (((long) LONGS.get(bytes, i) | (long) LONGS.get(bytes, i + 8) | (long) LONGS.get(bytes, i + 16)
                    | (long) LONGS.get(bytes, i + 24)) & 0x8080808080808080L) == 0) {
                i += 32;
            }
            while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) i += 8;
            if (i >= n) break;
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = b == 0xE0 ? 0xA0 : 0x80;          // E0 80..9F would be overlong
                if (b == 0xED) max = 0x9F;              // ED A0..BF would be a surrogate
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = b == 0xF0 ? 0x90 : 0x80;          // F0 80..8F would be overlong
                if (b == 0xF4) max = 0x8F;              // beyond U+10FFFF
            } else {
                return i;                               // C0, C1, F5..FF, or a stray continuation byte
            }
            if (i + length > n) return i;
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) return i;
            for (int k = 2; k < length; k++) {
                int c = bytes[i + k] & 0xFF;
                if (c < 0x80 || c > 0xBF) return i;
            }
            i += length;
        }
        return -1;
    }
}

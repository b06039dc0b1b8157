package dev.voicecampaign.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 (RFC 3629), as RFC 8259 requires of JSON on the wire, checked with the JDK's decoder: no
 * overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences. Jackson's decoder is
 * lenient about some of these, so the reader checks first.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The index of the first byte that is not part of well-formed UTF-8, or -1 when all are. */
    static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 4096) + 2);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) return -1;
            out.clear();
        }
    }
}

package dev.voicecampaign.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The request bodies every contender gets: the seeds' three v2 create samples (masked caller ids
 * completed, as the golden tests do) as they are, and the same bytes broken in one and in five places.
 * Breaks are edits of the text, so the formatting (and the parse cost) stays the sample's own, and each
 * is a limit that Bean Validation and JSON Schema can express too, so every contender must reject it.
 */
public final class Payloads {
    /** The seeds' v2 create samples. */
    public enum Sample {
        AGENTLESS("agentless-v2.json"), PREVIEW("preview-v2.json"), PROGRESSIVE("progressive-v2.json");

        private final String resource;

        Sample(String resource) {
            this.resource = resource;
        }

        /** The body as the seeds give it, caller id unmasked. */
        public String text() {
            try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + resource)) {
                if (in == null) throw new IllegalStateException("missing payload " + resource);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One edit of the body's text that breaks one documented limit: {@code find}'s first occurrence is replaced. */
    public record Break(String what, String find, String replaceWith) {
        String applyTo(String body) {
            int at = body.indexOf(find);
            if (at < 0) throw new IllegalStateException("'" + find + "' not found: cannot break " + what);
            return body.substring(0, at) + replaceWith + body.substring(at + find.length());
        }
    }

    /** Priority 0 (allowed: "1" to "5"). */
    static final Break PRIORITY = new Break("priority", "\"priority\": \"5\"", "\"priority\": \"0\"");
    /** No attempt at all (range 1 to 100). */
    static final Break ATTEMPTS = new Break("dialingStrategy.maxAttemptsPerRecord", "\"maxAttemptsPerRecord\": 3", "\"maxAttemptsPerRecord\": 0");
    /** Rings 4 seconds (range 5 to 120). */
    static final Break RING_TIME = new Break("dialingStrategy.maxRingTime", "\"maxRingTime\": 30", "\"maxRingTime\": 4");
    /** A caller id that is not E.164: the seeds' masked form. */
    static final Break CALLER_ID = new Break("dialingStrategy.callerId.phoneNumber", "12345\"", "xxxxx\"");
    /** The first window's end in 24-hour form (the wire wants h:mm AM/PM). */
    static final Break WINDOW_END = new Break("dialingStrategy.callingHours.days[0].end", "\"end\": \"6:00 PM\"", "\"end\": \"18:00\"");

    /** How many places a payload is broken in. */
    public enum Variant {
        VALID(List.of()),
        BROKEN_1(List.of(PRIORITY)),
        BROKEN_5(List.of(PRIORITY, ATTEMPTS, RING_TIME, CALLER_ID, WINDOW_END));

        private final List<Break> breaks;

        Variant(List<Break> breaks) {
            this.breaks = breaks;
        }

        public List<Break> breaks() {
            return breaks;
        }

        /** How many violations every contender must find. */
        public int count() {
            return breaks.size();
        }
    }

    private Payloads() {
    }

    /** The body of {@code sample} broken as {@code variant} says, as UTF-8 bytes. */
    public static byte[] body(Sample sample, Variant variant) {
        String body = sample.text();
        for (Break b : variant.breaks()) body = b.applyTo(body);
        return body.getBytes(StandardCharsets.UTF_8);
    }
}

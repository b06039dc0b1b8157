package dev.voicecampaign.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as responses write them: UTC to the millisecond, {@code 2026-12-02T10:30:52.661Z}. */
final class WireTimestamp {
    static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireTimestamp() {
    }

    static String format(Instant instant) {
        return PATTERN.format(instant);
    }
}

package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Response timestamps: UTC, milliseconds always written, finer digits cut (not rounded). */
class WireTimestampTest {
    @ParameterizedTest
    @CsvSource({"1970-01-01T00:00:00Z,1970-01-01T00:00:00.000Z", "2026-12-02T10:30:52.661Z,2026-12-02T10:30:52.661Z",
            "2024-02-29T23:59:59.999999999Z,2024-02-29T23:59:59.999Z", "2026-03-08T07:00:00.000001Z,2026-03-08T07:00:00.000Z",
            "9999-12-31T23:59:59.999Z,9999-12-31T23:59:59.999Z"})
    void instantsAreWrittenInUtcToTheMillisecond(String instant, String written) {
        assertThat(WireTimestamp.format(Instant.parse(instant))).isEqualTo(written);
    }
}

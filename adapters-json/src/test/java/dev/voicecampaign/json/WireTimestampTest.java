package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.testkit.Seeds;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps written directly read as the formatter of their pattern writes them, at the edges and over seeded instants. */
class WireTimestampTest {
    static Stream<Long> seeds() {
        return Seeds.stream(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-12-02T10:30:52.661Z", "2024-02-29T23:59:59.999999999Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
            "2026-03-08T07:00:00.000001Z"})
    void edgesAreWrittenAsTheFormatterWritesThem(String instant) {
        Instant t = Instant.parse(instant);
        assertThat(WireTimestamp.format(t)).isEqualTo(WireTimestamp.PATTERN.format(t));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seededInstantsAreWrittenAsTheFormatterWritesThem(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 5_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000));
            assertThat(WireTimestamp.format(t)).as(Seeds.replay(seed) + " " + t).isEqualTo(WireTimestamp.PATTERN.format(t));
        }
    }
}

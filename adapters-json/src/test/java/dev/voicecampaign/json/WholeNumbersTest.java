package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole numbers as the readers take them: zero fractions count, fractions do not, huge ones clamp without failing. */
class WholeNumbersTest {
    @ParameterizedTest
    @CsvSource({"3.0,3", "3.000,3", "0.0,0", "-0.00,0", "1e3,1000", "120E0,120", "9223372036854775807,9223372036854775807",
            "9223372036854775808,9223372036854775807", "-9223372036854775809,-9223372036854775808",
            "1e2147483647,9223372036854775807", "100e2147483647,9223372036854775807", "-1e2147483647,-9223372036854775808",
            "1e19,9223372036854775807", "1e18,1000000000000000000"})
    void wholeDecimalsAreTheirValueOrTheNearestEndOfALong(String text, long expected) {
        assertThat(WholeNumbers.of(new BigDecimal(text))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"2.5", "0.1", "1e-2147483647", "-3.01"})
    void aFractionIsNotWhole(String text) {
        assertThat(WholeNumbers.of(new BigDecimal(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"123456789012345678901234567890", "-123456789012345678901234567890"})
    void hugeIntegersClamp(String text) {
        long expected = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        assertThat(WholeNumbers.of(new BigInteger(text))).isEqualTo(expected);
    }
}

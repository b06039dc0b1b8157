package dev.voicecampaign.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Whole numbers as the readers take them: any integer, and a decimal whose fraction is zero ({@code 3.0}); one
 * beyond a long is clamped to the nearest end, so the rules report it as out of range rather than failing.
 */
final class WholeNumbers {
    private WholeNumbers() {
    }

    static long of(BigInteger n) {
        if (n.bitLength() < 64) return n.longValue();
        return n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /**
     * The whole number {@code d} is, or empty when it has a fraction. Decided from its digit count before any
     * conversion: {@code 1e999999999} has one digit of precision, and making a BigInteger of it would take
     * seconds of CPU, or throw; stripping zeros from {@code 100e2147483647} would throw too.
     */
    static Optional<Long> of(BigDecimal d) {
        if (d.signum() == 0) return Optional.of(0L);
        BigDecimal whole = d;
        if (d.scale() > 0) {
            whole = d.stripTrailingZeros();
            if (whole.scale() > 0) return Optional.empty();
        }
        long integerDigits = (long) whole.precision() - whole.scale();
        if (integerDigits > 19) return Optional.of(whole.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
        return Optional.of(of(whole.toBigInteger()));
    }
}

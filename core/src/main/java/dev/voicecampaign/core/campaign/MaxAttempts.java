package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

/** How many times one contact record may be called: 1 to 100. */
public record MaxAttempts(int value) {
    public static final IntRange RANGE = IntRange.of(1, 100);

    public MaxAttempts {
        RANGE.require(value, "max attempts per record");
    }

    /** Every valid max attempts, made once: a store keeps many campaigns, and the value is immutable. */
    private static final MaxAttempts[] SHARED = java.util.stream.IntStream.rangeClosed((int) RANGE.min(), (int) RANGE.max())
            .mapToObj(MaxAttempts::new).toArray(MaxAttempts[]::new);

    /** The shared instance for {@code value}; out of range throws as the constructor does. */
    public static MaxAttempts of(int value) {
        return value >= RANGE.min() && value <= RANGE.max() ? SHARED[value - (int) RANGE.min()] : new MaxAttempts(value);
    }
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

/** Execution priority, 1 (lowest) to 5 (highest); the wire carries it as a string "1".."5". */
public record Priority(int value) {
    public static final IntRange RANGE = IntRange.of(1, 5);

    public Priority {
        RANGE.require(value, "priority");
    }

    /** Every valid priority, made once: a store keeps many campaigns, and the value is immutable. */
    private static final Priority[] SHARED = java.util.stream.IntStream.rangeClosed((int) RANGE.min(), (int) RANGE.max())
            .mapToObj(Priority::new).toArray(Priority[]::new);

    /** The shared instance for {@code value}; out of range throws as the constructor does. */
    public static Priority of(int value) {
        return value >= RANGE.min() && value <= RANGE.max() ? SHARED[value - (int) RANGE.min()] : new Priority(value);
    }

    public String wireValue() {
        return Integer.toString(value);
    }
}

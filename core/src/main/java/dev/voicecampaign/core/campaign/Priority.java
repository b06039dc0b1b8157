package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.constraint.SharedValues;

/** Execution priority, 1 (lowest) to 5 (highest); the wire carries it as a string "1".."5". */
public record Priority(int value) {
    public static final IntRange RANGE = IntRange.of(1, 5);

    public Priority {
        RANGE.require(value, "priority");
    }

    /** Every valid value made once (see SharedValues). */
    private static final SharedValues<Priority> SHARED = new SharedValues<>(RANGE, Priority::new);

    /** The shared instance for {@code value}; out of range throws as the constructor does. */
    public static Priority of(int value) {
        return SHARED.of(value);
    }

    public String wireValue() {
        return Integer.toString(value);
    }
}

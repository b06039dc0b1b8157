package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.constraint.SharedValues;

/** How many times one contact record may be called: 1 to 100. */
public record MaxAttempts(int value) {
    public static final IntRange RANGE = IntRange.of(1, 100);

    public MaxAttempts {
        RANGE.require(value, "max attempts per record");
    }

    /** Every valid value made once (see SharedValues). */
    private static final SharedValues<MaxAttempts> SHARED = new SharedValues<>(RANGE, MaxAttempts::new);

    /** The shared instance for {@code value}; out of range throws as the constructor does. */
    public static MaxAttempts of(int value) {
        return SHARED.of(value);
    }
}

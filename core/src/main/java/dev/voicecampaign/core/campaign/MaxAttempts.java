package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

/** How many times one contact record may be called: 1 to 100. */
public record MaxAttempts(int value) {
    public static final IntRange RANGE = IntRange.of(1, 100);

    public MaxAttempts {
        RANGE.require(value, "max attempts per record");
    }
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

/** Execution priority, 1 (lowest) to 5 (highest); the wire carries it as a string "1".."5". */
public record Priority(int value) {
    public static final IntRange RANGE = IntRange.of(1, 5);

    public Priority {
        RANGE.require(value, "priority");
    }

    public String wireValue() {
        return Integer.toString(value);
    }
}

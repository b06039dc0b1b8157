package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

/**
 * How many times an agent may skip a record in Preview mode before it is flagged.
 * The seeds give no bounds; 0 to 100 is our decision (0: skipping is not allowed).
 */
public record MaxSkips(int value) {
    public static final IntRange RANGE = IntRange.of(0, 100);

    public MaxSkips {
        RANGE.require(value, "max skips");
    }
}

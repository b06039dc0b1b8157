package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import java.time.Duration;

/**
 * At most {@code maxCountPerRecipient} calls to one person within any {@code frequency} days, as Amazon Connect's
 * outbound campaigns count them (unit {@code DAY}, 1 to 30 days). Not in the hosted API's voice campaign body: our
 * extension, read in both dialects.
 */
public record CommunicationLimit(int maxCountPerRecipient, int frequency) {
    /** Calls per recipient within the window (Amazon sets no maximum; 1,000 is ours). */
    public static final IntRange MAX_COUNT = IntRange.of(1, 1000);
    /** The window in days, Amazon's bounds. */
    public static final IntRange FREQUENCY = IntRange.of(1, 30);
    /** How many limits a campaign may set. */
    public static final IntRange COUNT = IntRange.of(0, 10);
    /** The one unit of {@code frequency} on the wire. */
    public static final String UNIT = "DAY";

    public CommunicationLimit {
        MAX_COUNT.require(maxCountPerRecipient, "communication limit count per recipient");
        FREQUENCY.require(frequency, "communication limit frequency (days)");
    }

    /** The rolling window a call counts in: {@code frequency} days of 24 hours. */
    public Duration window() {
        return Duration.ofDays(frequency);
    }
}

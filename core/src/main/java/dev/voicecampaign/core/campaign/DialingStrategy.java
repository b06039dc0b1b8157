package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.hours.CallingHours;

import java.util.Objects;

/** How and when records are dialed: caller id, calling hours, order, attempts, retries, ring time. */
public record DialingStrategy(CallerId callerId, CallingHours callingHours, DialingOrder dialingOrder,
                              MaxAttempts maxAttemptsPerRecord, RetryPeriod defaultRetryPeriod,
                              RingTime maxRingTime) {
    public DialingStrategy {
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(callingHours, "callingHours");
        Objects.requireNonNull(dialingOrder, "dialingOrder");
        Objects.requireNonNull(maxAttemptsPerRecord, "maxAttemptsPerRecord");
        Objects.requireNonNull(defaultRetryPeriod, "defaultRetryPeriod");
        Objects.requireNonNull(maxRingTime, "maxRingTime");
    }
}

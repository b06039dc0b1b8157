package dev.voicecampaign.core.draft;

/**
 * The {@code dialingStrategy} object as sent. Numbers are {@code Long} so that a value far out of
 * range still reaches the range rule instead of overflowing.
 */
public record DialingStrategyDraft(CallerIdDraft callerId, CallingHoursDraft callingHours, String dialingOrder,
                                   Long maxAttemptsPerRecord, Long defaultRetryPeriod, Long maxRingTime) {
    public DialingStrategyDraft withCallerId(CallerIdDraft v) {
        return new DialingStrategyDraft(v, callingHours, dialingOrder, maxAttemptsPerRecord, defaultRetryPeriod, maxRingTime);
    }

    public DialingStrategyDraft withCallingHours(CallingHoursDraft v) {
        return new DialingStrategyDraft(callerId, v, dialingOrder, maxAttemptsPerRecord, defaultRetryPeriod, maxRingTime);
    }

    public DialingStrategyDraft withDialingOrder(String v) {
        return new DialingStrategyDraft(callerId, callingHours, v, maxAttemptsPerRecord, defaultRetryPeriod, maxRingTime);
    }

    public DialingStrategyDraft withMaxAttemptsPerRecord(Long v) {
        return new DialingStrategyDraft(callerId, callingHours, dialingOrder, v, defaultRetryPeriod, maxRingTime);
    }

    public DialingStrategyDraft withDefaultRetryPeriod(Long v) {
        return new DialingStrategyDraft(callerId, callingHours, dialingOrder, maxAttemptsPerRecord, v, maxRingTime);
    }

    public DialingStrategyDraft withMaxRingTime(Long v) {
        return new DialingStrategyDraft(callerId, callingHours, dialingOrder, maxAttemptsPerRecord, defaultRetryPeriod, v);
    }
}

package dev.voicecampaign.http.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * The hosted API's documented limit on each account's requests a minute (60 by default): where it is counted differs
 * by storage. {@link RateLimiter} counts in this process; {@link SharedRateLimit} counts in the database every
 * instance shares, so N instances still allow the one limit.
 */
public interface AccountRateLimit {
    /** The hosted API's default: 60 requests a minute per account. */
    int DEFAULT_PER_MINUTE = 60;
    /** The hosted API's words for a request over the limit, answered as the problem's detail. */
    String MESSAGE = "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.";

    /** How many requests a minute each account may make. */
    int perMinute();

    /** Empty when the request may go ahead (and counts it); else how long until it may. */
    Optional<Duration> acquire(String account);
}

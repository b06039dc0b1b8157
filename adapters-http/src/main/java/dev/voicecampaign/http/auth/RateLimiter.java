package dev.voicecampaign.http.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hosted API's documented limit, 60 requests per minute per account, as a sliding window.
 * Thread-safe; time comes from the injected clock so tests need not wait.
 */
public final class RateLimiter {
    public static final int DEFAULT_PER_MINUTE = 60;
    /** The hosted API's words for a request over the limit, answered as the problem's detail. */
    public static final String MESSAGE = "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.";
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) throw new IllegalArgumentException("perMinute < 1");
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How many requests a minute each account may make. */
    public int perMinute() {
        return perMinute;
    }

    /** Empty when the request may go ahead (and counts it); else how long until it may. */
    public Optional<Duration> acquire(String account) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(account, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) times.pollFirst();
            if (times.size() >= perMinute) return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
            times.addLast(now);
            return Optional.empty();
        }
    }
}

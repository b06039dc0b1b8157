package dev.voicecampaign.http.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-account limit counted in this process, as a sliding window: any minute admits at most
 * {@code perMinute} requests of an account. For one instance (in memory, or on the embedded file database).
 * Thread-safe; time comes from the injected clock so tests need not wait.
 *
 * <p>Each account keeps the times of its admitted requests of the last minute as epoch nanoseconds
 * in a ring of {@code long}s (no object per request): a limit raised for load tests (millions a
 * minute) then costs eight bytes per request kept, and nothing the garbage collector has to trace
 * or to rescan when new entries are written.
 */
public final class RateLimiter implements AccountRateLimit {
    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> recent = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) throw new IllegalArgumentException("perMinute < 1");
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    @Override
    public Optional<Duration> acquire(String account) {
        Instant now = clock.instant();
        long nanos = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        Window window = recent.get(account);
        if (window == null) window = recent.computeIfAbsent(account, a -> new Window());
        long wait = window.acquire(nanos, perMinute);
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** One account's admitted requests of the last minute, oldest first, in a ring that grows as needed. */
    private static final class Window {
        private long[] times = new long[16];
        private int head;
        private int size;

        /** 0 when admitted (and recorded); else the nanoseconds until the oldest request leaves the window. */
        synchronized long acquire(long now, int limit) {
            while (size > 0 && times[head] + WINDOW_NANOS <= now) {
                head = (head + 1) & (times.length - 1);
                size--;
            }
            if (size >= limit) return times[head] + WINDOW_NANOS - now;
            if (size == times.length) grow();
            times[(head + size) & (times.length - 1)] = now;
            size++;
            return 0;
        }

        private void grow() {
            long[] bigger = new long[times.length * 2];
            int first = times.length - head;
            System.arraycopy(times, head, bigger, 0, first);
            System.arraycopy(times, 0, bigger, first, head);
            times = bigger;
            head = 0;
        }
    }
}

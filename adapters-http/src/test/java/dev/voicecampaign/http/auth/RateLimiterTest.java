package dev.voicecampaign.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicecampaign.core.inmemory.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00.123456789Z"));

    @Test
    void admitsTheLimitInAnyMinuteThenSaysHowLongToWait() {
        RateLimiter limiter = new RateLimiter(3, clock);
        assertThat(limiter.acquire("a")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire("a")).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.acquire("a")).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        // the first request leaves the window 60 s after it was made, 35 s from now
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(35));
        assertThat(limiter.acquire("a")).as("a refused request is not counted").contains(Duration.ofSeconds(35));
        clock.advance(Duration.ofSeconds(35).minusNanos(1));
        assertThat(limiter.acquire("a")).contains(Duration.ofNanos(1));
        clock.advance(Duration.ofNanos(1));
        assertThat(limiter.acquire("a")).as("exactly 60 s after the first").isEmpty();
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(10));
    }

    @Test
    void accountsAreCountedApart() {
        RateLimiter limiter = new RateLimiter(1, clock);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("b")).isEmpty();
        assertThat(limiter.acquire("a")).contains(Duration.ofMinutes(1));
        assertThat(limiter.acquire("b")).contains(Duration.ofMinutes(1));
    }

    @Test
    void manyRequestsInOneInstantAndAFullTurnOfTheWindow() {
        RateLimiter limiter = new RateLimiter(1000, clock);
        for (int i = 0; i < 1000; i++) assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).contains(Duration.ofMinutes(1));
        for (int round = 0; round < 5; round++) {
            clock.advance(Duration.ofMinutes(1));
            for (int i = 0; i < 1000; i++) assertThat(limiter.acquire("a")).isEmpty();
            assertThat(limiter.acquire("a")).contains(Duration.ofMinutes(1));
        }
    }

    /** Against a plain list of the admitted instants: the same answers over a long irregular run. */
    @Test
    void agreesWithALogOfEveryAdmittedRequest() {
        int perMinute = 37;
        RateLimiter limiter = new RateLimiter(perMinute, clock);
        List<Instant> admitted = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            clock.advance(Duration.ofMillis(random.nextInt(random.nextBoolean() ? 50 : 4000)));
            Instant now = clock.instant();
            admitted.removeIf(t -> !t.plus(Duration.ofMinutes(1)).isAfter(now));
            Optional<Duration> expected = admitted.size() >= perMinute
                    ? Optional.of(Duration.between(now, admitted.get(0).plus(Duration.ofMinutes(1)))) : Optional.empty();
            if (expected.isEmpty()) admitted.add(now);
            assertThat(limiter.acquire("a")).as("request %d", i).isEqualTo(expected);
        }
    }

    @Test
    void countsEveryConcurrentRequestOnce() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(5000, clock);
        AtomicInteger admitted = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 1000; i++) if (limiter.acquire("a").isEmpty()) admitted.incrementAndGet();
            }));
        }
        for (Thread thread : threads) thread.join();
        assertThat(admitted).hasValue(5000);
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> new RateLimiter(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}

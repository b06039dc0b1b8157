package dev.voicecampaign.http.auth;

import dev.voicecampaign.core.port.StorageFailure;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The per-account limit counted in the PostgreSQL database every instance shares (Bucket4j, one row per account in
 * table {@code rate_limit_bucket}, read and written under {@code SELECT ... FOR UPDATE}; PostgreSQL only): however many
 * instances serve an account, they share one bucket. It holds {@code perMinute} and is refilled whole once a minute of
 * the bucket, so each such minute admits {@code perMinute} in all (a window straddling a refill may see up to twice
 * that, where the in-process {@link RateLimiter} counts a true sliding minute). Buckets are kept per limit, so an
 * instance started with another {@code --rate-limit} counts in its own.
 */
public final class SharedRateLimit implements AccountRateLimit {
    /** The longest one count may wait for its bucket's row lock; beyond it the request is answered 503. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(2);

    private final int perMinute;
    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    /*
     * One bucket proxy per account, kept so that Bucket4j's batching merges the counts of requests arriving together
     * into one locked read and write of the row, where each request otherwise waits for that row's lock in turn
     * (./dev load --postgres: see reliability.md, "Several servers on one PostgreSQL"). Bounded by the configured
     * accounts: only an authenticated app's account is counted.
     */
    private final Map<String, BucketProxy> byAccount = new ConcurrentHashMap<>();

    /** Over a database migrated to schema version 9 or later; {@code clock} is the time the buckets refill by. */
    public SharedRateLimit(DataSource dataSource, int perMinute, Clock clock) {
        if (perMinute < 1) throw new IllegalArgumentException("perMinute < 1");
        this.perMinute = perMinute;
        Objects.requireNonNull(clock, "clock");
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(Objects.requireNonNull(dataSource, "dataSource"))
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_bucket").idColumn("account_id").stateColumn("state")
                .clientClock(new ClockMeter(clock)).requestTimeout(LOCK_WAIT).build();
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1))).build();
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    /** As the interface says; a {@link StorageFailure} when the database cannot count (answered 503, as any storage failure). */
    @Override
    public Optional<Duration> acquire(String account) {
        ConsumptionProbe probe;
        try {
            probe = byAccount.computeIfAbsent(account, this::batched).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            throw new StorageFailure("the shared rate limit could not be counted: " + e.getMessage(), e);
        }
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * The account's bucket behind a batching proxy, its row created first through a plain one: a batch that meets a
     * bucket not yet stored fails whole (BucketNotFoundException) instead of creating it.
     */
    private BucketProxy batched(String account) {
        String key = account + "/" + perMinute;
        buckets.getProxy(key, () -> configuration).getAvailableTokens();
        return buckets.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
    }

    /** The server's clock as Bucket4j reads time: nanoseconds since the epoch. */
    private record ClockMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}

package dev.voicecampaign.http.api;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.violation.Violation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The reference server's metrics, through Micrometer, scraped at {@code /metrics} in the Prometheus text format:
 * <ul>
 *   <li>{@code http_server_requests_seconds} (route, method, status): every request, with a latency histogram;</li>
 *   <li>{@code campaign_violations_rejected_total} (code): each violation of a body answered 400;</li>
 *   <li>{@code http_server_rate_limited_total}: requests answered 429;</li>
 *   <li>{@code campaign_storage_calls_seconds} (operation, outcome): each storage call, {@code failure} when it threw;</li>
 *   <li>{@code campaigns} (status): the campaigns in each status, read from the storage at each scrape;</li>
 *   <li>the JVM's and the process's own: memory, garbage collection, threads, classes, CPU, uptime.</li>
 * </ul>
 */
public final class ServerMetrics implements AutoCloseable {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter rateLimited = Counter.builder("http.server.rate.limited").description("Requests answered 429").register(registry);
    private final JvmGcMetrics gc;

    private ServerMetrics(boolean jvm) {
        if (jvm) {
            new ClassLoaderMetrics().bindTo(registry);
            new JvmMemoryMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            gc = new JvmGcMetrics();
            gc.bindTo(registry);
        } else {
            gc = null;
        }
    }

    /** The server's metrics with the JVM's and the process's. */
    public static ServerMetrics withJvm() {
        return new ServerMetrics(true);
    }

    /** The server's own metrics only: for servers made in tests, many to a JVM. */
    public static ServerMetrics serverOnly() {
        return new ServerMetrics(false);
    }

    /** Where meters are registered (the storage's timers, say). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Counts the campaigns of {@code streams} in each status, reading {@code repository} at each scrape. */
    public void watchCampaigns(CampaignRepository repository, List<StreamId> streams) {
        for (CampaignStatus status : CampaignStatus.values()) {
            Gauge.builder("campaigns", () -> streams.stream().mapToInt(s -> repository.findByStatus(s, Set.of(status)).size()).sum())
                    .description("Campaigns in each status").tag("status", status.wireName()).register(registry);
        }
    }

    void request(String route, String method, int status, long nanos) {
        // a client's own method names would make a series each: those are OTHER
        String known = METHODS.contains(method) ? method : "OTHER";
        Timer.builder("http.server.requests").description("Requests by route, method and status")
                .tags("route", route, "method", known, "status", Integer.toString(status))
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(Duration.ofNanos(nanos));
    }

    void rejected(Seq<Violation> violations) {
        for (Violation v : violations) {
            if (v.isError()) Counter.builder("campaign.violations.rejected").description("Violations of bodies answered 400")
                    .tag("code", v.code()).register(registry).increment();
        }
    }

    void rateLimited() {
        rateLimited.increment();
    }

    /** The metrics in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        if (gc != null) gc.close();
        registry.close();
    }
}

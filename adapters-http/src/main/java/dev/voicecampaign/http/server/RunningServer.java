package dev.voicecampaign.http.server;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A started reference server: the HTTP listener, the schedule ticker and the storage they share.
 * {@link #stop(PrintStream)} is the graceful stop that SIGTERM runs; {@link #close()} stops at once.
 * Both close the storage last, so a file database is closed cleanly.
 */
public record RunningServer(EmbeddedServer server, ScheduledExecutorService ticker, StorageOption.OpenStorage storage)
        implements AutoCloseable {
    /** Time allowed after the shutdown grace to end the schedule ticker, close the storage and exit. */
    public static final Duration STOP_MARGIN = Duration.ofSeconds(5);

    public int port() {
        return server.port();
    }

    /** The longest a graceful stop may take: the limits' shutdown grace plus {@link #STOP_MARGIN}. */
    public Duration stopBound() {
        return server.limits().shutdownGrace().plus(STOP_MARGIN);
    }

    /**
     * Graceful stop: no new schedule tick, new requests refused (503 {@code shutting-down}) and new
     * connections refused, requests in flight finished and answered within the shutdown grace, then
     * the storage closed. Prints a {@code stopping:} line once new requests are refused and a
     * {@code stopped} line at the end.
     */
    public EmbeddedServer.StopReport stop(PrintStream out) {
        ticker.shutdown();
        int inFlight = server.refuseNewRequests();
        out.println("stopping: new requests refused; waiting up to " + server.limits().shutdownGrace().toSeconds() + " s for "
                + inFlight + " request(s) in flight");
        EmbeddedServer.StopReport report = server.stop();
        try {
            if (!ticker.awaitTermination(1, TimeUnit.SECONDS)) ticker.shutdownNow();
        } catch (InterruptedException e) {
            ticker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        storage.close();
        String took = String.format(Locale.ROOT, "%.2f s", report.took().toNanos() / 1e9);
        out.println(report.drained()
                ? "stopped in " + took + ": every request in flight finished; storage closed"
                : "stopped after the " + server.limits().shutdownGrace().toSeconds() + " s grace: " + report.abandoned()
                        + " request(s) abandoned without an answer; storage closed");
        return report;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.close();
        storage.close();
    }
}

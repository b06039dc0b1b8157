package dev.voicecampaign.http.server;

import dev.voicecampaign.json.ReadLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * The embedded server's resource limits, each answered in a documented way: a body over
 * {@code maxBodyBytes} gets 413, more than {@code maxConcurrentRequests} in flight get 503 with
 * Retry-After, a request line and headers over {@code maxHeaderBytes} get 431 (414 for the request
 * line alone), more than {@code maxHeaders} fields get 431, a body that stops arriving for
 * {@code requestTime} gets 408, a connection idle for {@code idleTimeout} (headers that stop arriving
 * included) is closed, and {@link EmbeddedServer#stop()} waits up to {@code shutdownGrace} for
 * requests in flight.
 */
public record ServerLimits(int maxBodyBytes, int maxHeaderBytes, int maxHeaders, Duration requestTime, Duration idleTimeout,
                           int maxConcurrentRequests, Duration shutdownGrace) {
    public ServerLimits {
        if (maxBodyBytes < 1 || maxHeaderBytes < 1024 || maxHeaders < 8 || maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("limits too small: " + maxBodyBytes + " body bytes, " + maxHeaderBytes
                    + " header bytes, " + maxHeaders + " headers, " + maxConcurrentRequests + " concurrent requests");
        }
        Objects.requireNonNull(requestTime, "requestTime");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    /** 1 MiB bodies, 64 KiB and 100 headers, 30 s to send a request, 30 s idle, 256 in flight, 10 s to drain. */
    public static ServerLimits defaults() {
        return new ServerLimits(ReadLimits.MAX_DOCUMENT_BYTES, 64 * 1024, 100, Duration.ofSeconds(30), Duration.ofSeconds(30),
                256, Duration.ofSeconds(10));
    }

    public ServerLimits withMaxBodyBytes(int bytes) {
        return new ServerLimits(bytes, maxHeaderBytes, maxHeaders, requestTime, idleTimeout, maxConcurrentRequests, shutdownGrace);
    }

    public ServerLimits withShutdownGrace(Duration grace) {
        return new ServerLimits(maxBodyBytes, maxHeaderBytes, maxHeaders, requestTime, idleTimeout, maxConcurrentRequests, grace);
    }

    public ServerLimits withMaxConcurrentRequests(int requests) {
        return new ServerLimits(maxBodyBytes, maxHeaderBytes, maxHeaders, requestTime, idleTimeout, requests, shutdownGrace);
    }
}

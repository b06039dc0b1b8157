package dev.voicecampaign.http.server;

import dev.voicecampaign.http.auth.RateLimiter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How {@code serve} runs: the port (0 picks a free one), where campaigns are kept, the rate limit
 * per account (the hosted API documents 60 requests a minute; sandboxes and load tests may want
 * more), and whether to listen on the loopback interface only (tests and load runs) rather than on
 * every interface.
 */
public record ServeOptions(int port, StorageOption storage, int requestsPerMinute, boolean loopbackOnly) {
    public ServeOptions {
        Objects.requireNonNull(storage, "storage");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (requestsPerMinute < 1) throw new IllegalArgumentException("rate limit must be at least 1 a minute");
    }

    /** Listening on every interface. */
    public ServeOptions(int port, StorageOption storage, int requestsPerMinute) {
        this(port, storage, requestsPerMinute, false);
    }

    public static ServeOptions defaults(StorageOption storage) {
        return new ServeOptions(8080, storage, RateLimiter.DEFAULT_PER_MINUTE);
    }

    /** The same options, listening on the loopback interface only. */
    public ServeOptions onLoopbackOnly() {
        return new ServeOptions(port, storage, requestsPerMinute, true);
    }

    InetSocketAddress socketAddress() {
        return loopbackOnly ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port) : new InetSocketAddress(port);
    }
}

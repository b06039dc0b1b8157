package dev.voicecampaign.http.server;

import dev.voicecampaign.http.auth.RateLimiter;
import java.util.Objects;

/**
 * How {@code serve} runs: the port (0 picks a free one), where campaigns are kept, and the rate
 * limit per account (the hosted API documents 60 requests a minute; sandboxes and load tests may
 * want more).
 */
public record ServeOptions(int port, StorageOption storage, int requestsPerMinute) {
    public ServeOptions {
        Objects.requireNonNull(storage, "storage");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (requestsPerMinute < 1) throw new IllegalArgumentException("rate limit must be at least 1 a minute");
    }

    public static ServeOptions defaults(StorageOption storage) {
        return new ServeOptions(8080, storage, RateLimiter.DEFAULT_PER_MINUTE);
    }
}

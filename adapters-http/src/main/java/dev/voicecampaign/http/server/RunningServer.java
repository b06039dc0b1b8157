package dev.voicecampaign.http.server;

import java.util.concurrent.ScheduledExecutorService;

/**
 * A started reference server: the HTTP listener, the schedule ticker and the storage they share.
 * Closing stops all three, storage last, so a file database is closed cleanly.
 */
public record RunningServer(EmbeddedServer server, ScheduledExecutorService ticker, StorageOption.OpenStorage storage)
        implements AutoCloseable {
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.close();
        storage.close();
    }
}

package dev.voicecampaign.http.durability;

import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.SharedRateLimit;
import dev.voicecampaign.http.server.EmbeddedServer;
import dev.voicecampaign.http.server.ScheduleRunner;
import dev.voicecampaign.jdbc.CampaignDatabase;
import dev.voicecampaign.jdbc.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * One reference-server instance in this JVM over durable storage: its own connection pool on the
 * target, the demo configuration, a loopback port. Preparation runs inline and the schedule ticks
 * by hand, so tests wait for nothing. Several instances over one database are a scale-out.
 */
final class ServerInstance implements AutoCloseable {
    static final AppConfig APP = DemoConfig.standard().apps().get(0);

    final CampaignDatabase database;
    final ServerState state;
    final ScheduleRunner scheduler;
    final EmbeddedServer server;
    final ApiClient client;

    ServerInstance(DatabaseTarget target, MutableClock clock) {
        this(target, clock, 0);
    }

    /** With {@code sharedPerMinute} above 0, the rate limit is the one counted in the database ({@link SharedRateLimit}). */
    ServerInstance(DatabaseTarget target, MutableClock clock, int sharedPerMinute) {
        database = CampaignDatabase.open(target);
        state = ServerState.over(DemoConfig.standard(), clock, database.repository(), Runnable::run);
        scheduler = new ScheduleRunner(DemoConfig.standard(), state.service());
        try {
            server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0),
                    new CampaignApi(state, sharedPerMinute > 0 ? new SharedRateLimit(database.dataSource(), sharedPerMinute, clock)
                            : new RateLimiter(1_000_000, clock)), 1024 * 1024);
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        }
        client = new ApiClient(server.port(), APP, clock::instant);
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}

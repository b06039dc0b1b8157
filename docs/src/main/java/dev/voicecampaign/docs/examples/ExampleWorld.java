package dev.voicecampaign.docs.examples;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.IdGenerator;
import dev.voicecampaign.http.api.AccessLog;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.MeteredRepository;
import dev.voicecampaign.http.api.ServerMetrics;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.rules.CampaignRules;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference server's handler over the demo configuration, with a fixed clock and ids derived
 * from a counter, so that the documented exchanges come out the same on every run. Requests carry
 * {@link #TOKEN_PLACEHOLDER} where the docs show the token; it is replaced by a freshly signed one.
 */
public final class ExampleWorld {
    public static final Instant START = Instant.parse("2026-01-15T10:00:00Z");
    public static final String TOKEN_PLACEHOLDER = "{{JWT}}";
    public static final AppConfig APP = DemoConfig.standard().apps().getFirst();

    private final MutableClock clock = new MutableClock(START);
    private final ServerMetrics metrics = ServerMetrics.serverOnly();
    private final CampaignApi api;

    /** Wired as {@code serve} wires the server (metered storage, campaigns by status), without the JVM's metrics. */
    public ExampleWorld() {
        CampaignRepository repository = new MeteredRepository(new InMemoryCampaignRepository(), metrics.registry());
        metrics.watchCampaigns(repository, List.of(APP.streamId()));
        ServerState state = ServerState.inMemory(DemoConfig.standard(), clock, CampaignRules.standard(),
                repository, new CountingIds(), Runnable::run);
        api = new CampaignApi(state, new RateLimiter(RateLimiter.DEFAULT_PER_MINUTE, clock), metrics, AccessLog.none());
    }

    /** What {@code GET /metrics} would answer now, in the Prometheus text format. */
    public String scrape() {
        return metrics.scrape();
    }

    /** Sends a request as documented (token placeholder and all) through the real handler. */
    public HttpResponse send(DocumentedRequest documented) {
        clock.advance(Duration.ofSeconds(1));
        String token = TokenSigner.sign(APP.clientId(), APP.clientSecret(), clock.instant(), Duration.ofHours(1));
        List<String> headers = new ArrayList<>();
        for (String header : documented.headers()) {
            int colon = header.indexOf(':');
            headers.add(header.substring(0, colon).trim());
            headers.add(header.substring(colon + 1).trim().replace(TOKEN_PLACEHOLDER, token));
        }
        String target = documented.target();
        int q = target.indexOf('?');
        return api.handle(new HttpRequest(documented.method(), q < 0 ? target : target.substring(0, q),
                HttpRequest.parseQuery(q < 0 ? "" : target.substring(q + 1)), Headers.of(headers.toArray(String[]::new)),
                documented.body() == null ? new byte[0] : documented.body().getBytes(StandardCharsets.UTF_8)));
    }

    /** Ids shaped like the hosted API's, the same on every run. */
    private static final class CountingIds implements IdGenerator {
        private final AtomicLong next = new AtomicLong();

        @Override
        public CampaignId newCampaignId() {
            return new CampaignId("cd-" + uuid("campaign"));
        }

        @Override
        public InstanceId newInstanceId() {
            return new InstanceId("ci-" + uuid("instance"));
        }

        @Override
        public ResourceId newContactListId() {
            return new ResourceId("cl-" + uuid("contact list"));
        }

        @Override
        public String newContactId() {
            return "ct-" + next.incrementAndGet();
        }

        @Override
        public String newCallbackId() {
            return "cb-" + uuid("callback");
        }

        private String uuid(String kind) {
            return UUID.nameUUIDFromBytes((kind + next.incrementAndGet()).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }
}

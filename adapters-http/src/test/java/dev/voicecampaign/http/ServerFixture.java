package dev.voicecampaign.http;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.inmemory.RandomIdGenerator;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.server.EmbeddedServer;
import dev.voicecampaign.http.server.ScheduleRunner;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.SampleDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A real server on a loopback port: the demo app plus two more tenants, a hand-moved clock, inline preparation. */
final class ServerFixture implements AutoCloseable {
    static final AppConfig OTHER = new AppConfig(new StreamId("st-other-tenant"), "acc-other", "cs-other",
            "another-secret-of-at-least-thirty-two-bytes", List.of("CL Only 2020 Dec 4"), List.of("DNC CL Dec 4"),
            List.of("Default Queue"), List.of("Voice Survey Entry Flow"), List.of("+14846512345"));
    /** Knows every name {@link SampleDirectories} holds, so the testkit's generated drafts resolve. */
    static final AppConfig SAMPLES = new AppConfig(new StreamId("st-samples"), "acc-samples", "cs-samples",
            "a-third-secret-of-at-least-thirty-two-bytes", SampleDirectories.CONTACT_LISTS, SampleDirectories.DNC_LISTS,
            SampleDirectories.QUEUES, SampleDirectories.EXPERIENCE_FLOWS, SampleDirectories.CALLER_IDS);
    static final ServerConfig CONFIG = new ServerConfig(List.of(DemoConfig.standard().apps().get(0), OTHER, SAMPLES));
    static final AppConfig DEMO = CONFIG.apps().get(0);
    static final String V2 = "/campaign/api/v2/public/" + DemoConfig.STREAM_ID;
    static final String V1 = "/agentassist/api/v1/public/" + DemoConfig.STREAM_ID;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final ServerState state = ServerState.inMemory(CONFIG, clock, CampaignRules.standard(), new InMemoryCampaignRepository(),
            new RandomIdGenerator(), Runnable::run);
    final ScheduleRunner scheduler = new ScheduleRunner(CONFIG, state.service());
    final EmbeddedServer server;
    final HttpClient client = HttpClient.newHttpClient();

    ServerFixture(int perMinute) {
        try {
            server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0),
                    new CampaignApi(state, new RateLimiter(perMinute, clock)), 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ServerFixture() {
        this(100_000);
    }

    String token(AppConfig app) {
        return TokenSigner.sign(app.clientId(), app.clientSecret(), clock.instant(), Duration.ofHours(1));
    }

    /** A response: status, headers and parsed JSON body (null when the body is empty or not JSON). */
    record Answer(int status, HttpResponse<byte[]> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Answer send(String method, String pathAndQuery, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            boolean json = r.headers().firstValue("Content-Type").orElse("").contains("json");
            return new Answer(r.statusCode(), r, r.body().length == 0 || !json ? null : CampaignJson.parse(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As the demo app, with the documented headers. */
    Answer call(String method, String pathAndQuery, byte[] body) {
        return callAs(DEMO, method, pathAndQuery, body);
    }

    Answer callAs(AppConfig app, String method, String pathAndQuery, byte[] body) {
        return callWith(app, method, pathAndQuery, body);
    }

    /** As {@code app}, with the documented headers and {@code extraHeaders} (names and values in turn). */
    Answer callWith(AppConfig app, String method, String pathAndQuery, byte[] body, String... extraHeaders) {
        List<String> headers = new ArrayList<>(List.of("auth", token(app), "iid", app.streamId().value(), "accountId", app.accountId()));
        if (body != null) headers.addAll(List.of("Content-Type", "application/json"));
        headers.addAll(List.of(extraHeaders));
        return send(method, pathAndQuery, body, headers.toArray(String[]::new));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}

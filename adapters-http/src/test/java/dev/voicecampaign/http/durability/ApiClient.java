package dev.voicecampaign.http.durability;

import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.GoldenSamples;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** A client of one server instance on a loopback port, acting as one app with fresh tokens. */
final class ApiClient {
    static final String SAMPLE_NAME = "Product Feedback Voice Campaign-3.41";
    static final String SAMPLE_DESCRIPTION = "This voice campaign collects quick feedback on recent purchases. It asks brief"
            + " questions on satisfaction, usage, and suggestions to help improve future products and customer experience.";
    private static final String SAMPLE = new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final AppConfig app;
    private final Supplier<Instant> now;

    ApiClient(int port, AppConfig app, Supplier<Instant> now) {
        this.port = port;
        this.app = app;
        this.now = now;
    }

    /** A response: status and parsed JSON body (null when empty). */
    record Answer(int status, JsonNode json) {
        JsonNode data() {
            return json.get("data");
        }

        String problemType() {
            return json == null || json.get("type") == null ? "" : json.get("type").stringValue();
        }
    }

    /** The Agentless v2 sample with another name and description. */
    static byte[] body(String name, String description) {
        return SAMPLE.replace(SAMPLE_NAME, name).replace(SAMPLE_DESCRIPTION, description).getBytes(StandardCharsets.UTF_8);
    }

    String v2() {
        return "/campaign/api/v2/public/" + app.streamId();
    }

    Answer create(String name, String description) throws IOException {
        return send("POST", v2() + "/campaign", body(name, description));
    }

    Answer update(String id, String name, String description) throws IOException {
        return send("PUT", v2() + "/campaign/" + id, body(name, description));
    }

    Answer get(String id) throws IOException {
        return send("GET", v2() + "/campaign/" + id, null);
    }

    Answer trigger(String id, String trigger) throws IOException {
        return send("POST", "/api/v2/public/" + app.streamId() + "/campaign/trigger/" + id + "?campaignType=voice&trigger=" + trigger,
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    Answer schedule(String name, String body) throws IOException {
        return send("POST", v2() + "/campaign/schedule?enableSchedule=true&campaignName=" + name.replace(" ", "%20"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends one request; an {@link IOException} when no answer came (refused, reset, timed out). */
    Answer send(String method, String pathAndQuery, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("auth", TokenSigner.sign(app.clientId(), app.clientSecret(), now.get(), Duration.ofHours(1)))
                .header("iid", app.streamId().value())
                .header("accountId", app.accountId());
        if (body != null) request.header("Content-Type", "application/json");
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body().length == 0 ? null : CampaignJson.parse(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

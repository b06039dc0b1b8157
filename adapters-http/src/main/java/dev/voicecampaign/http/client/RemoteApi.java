package dev.voicecampaign.http.client;

import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.json.CampaignJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One app's connection to a remote API of this shape: signs each request's {@code auth} token (HS256, claim
 * {@code appId}), sends it with the app's headers, and reads the JSON answer or the problem document.
 */
final class RemoteApi {
    private final URI base;
    private final String streamId;
    private final String accountId;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteApi(URI base, String streamId, String accountId, String clientId, String clientSecret, Clock clock) {
        this.base = Objects.requireNonNull(base, "base");
        this.streamId = Objects.requireNonNull(streamId, "streamId");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    String streamId() {
        return streamId;
    }

    String accountId() {
        return accountId;
    }

    /** The v2 prefix of this app's extension routes: {@code /campaign/api/v2/public/{streamId}}. */
    String v2() {
        return "/campaign/api/v2/public/" + streamId;
    }

    /** Sends a JSON body (or none) and maps a 2xx answer's JSON with {@code ok}; any other answer is a rejection or a failure. */
    <T> RemoteAnswer<T> send(String method, String pathAndQuery, byte[] body, Function<JsonNode, T> ok) {
        String token = TokenSigner.sign(clientId, clientSecret, clock.instant(), Duration.ofMinutes(5));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("auth", token).header("iid", streamId).header("accountId", accountId);
        if (body != null) request.header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new RemoteAnswer.Failed<>("cannot reach " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RemoteAnswer.Failed<>("interrupted");
        }
        JsonNode json = CampaignJson.parse(response.body());
        if (json == null || !json.isObject()) return new RemoteAnswer.Failed<>("HTTP " + response.statusCode() + " with a body that is not JSON");
        if (response.statusCode() / 100 == 2) {
            try {
                return new RemoteAnswer.Ok<>(ok.apply(json));
            } catch (RuntimeException e) {
                return new RemoteAnswer.Failed<>("HTTP " + response.statusCode() + " with an answer this client cannot read: " + e.getMessage());
            }
        }
        Optional<Instant> next;
        try {
            next = json.hasNonNull("nextAllowedAt") ? Optional.of(Instant.parse(json.get("nextAllowedAt").asString())) : Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return new RemoteAnswer.Failed<>("HTTP " + response.statusCode() + " with a nextAllowedAt this client cannot read");
        }
        return new RemoteAnswer.Rejected<>(response.statusCode(), json.path("detail").asString(""), problems(json.path("errors")), next);
    }

    /** The entries of a problem list ({@code errors}, an upload's {@code rejected}): pointer, code and message each. */
    static List<RemoteResult.Problem> problems(JsonNode entries) {
        List<RemoteResult.Problem> problems = new ArrayList<>();
        for (JsonNode e : entries) {
            problems.add(new RemoteResult.Problem(e.path("pointer").asString(""), e.path("code").asString(""), e.path("message").asString("")));
        }
        return problems;
    }
}

package dev.voicecampaign.http.client;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.RequestWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Sends campaigns to a remote API of this shape (the hosted one, or this project's reference
 * server) in the v2 dialect: validates locally first, signs the {@code auth} token (HS256, claim
 * {@code appId}), and maps responses and problem documents back to {@link RemoteResult}s.
 */
public final class CampaignClient {
    private final URI base;
    private final String streamId;
    private final String accountId;
    private final String clientId;
    private final String clientSecret;
    private final CampaignValidator rules;
    private final ValidationContext localContext;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param base         scheme, host and port, such as {@code https://platform.kore.ai}
     * @param localContext the directories the local check uses (the names the remote is expected to know)
     */
    public CampaignClient(URI base, String streamId, String accountId, String clientId, String clientSecret,
                          CampaignValidator rules, ValidationContext localContext, Clock clock) {
        this.base = Objects.requireNonNull(base, "base");
        this.streamId = Objects.requireNonNull(streamId, "streamId");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.localContext = Objects.requireNonNull(localContext, "localContext");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Validates the draft locally; sends it only when valid. */
    public RemoteResult create(CampaignDraft draft) {
        Verdict verdict = rules.validate(draft, localContext);
        if (!verdict.isValid()) return new RemoteResult.RejectedLocally(verdict.result().getError().filter(Violation::isError).toJavaList());
        return create(verdict.result().get());
    }

    public RemoteResult create(Campaign campaign) {
        return send("POST", "/campaign/api/v2/public/" + streamId + "/campaign?accountId=" + accountId + "&campaignType=voice",
                CampaignJson.bytes(RequestWriter.body(campaign, Dialect.V2)));
    }

    public RemoteResult update(CampaignId id, Campaign campaign) {
        return send("PUT", "/campaign/api/v2/public/" + streamId + "/campaign/" + id + "?campaignType=voice",
                CampaignJson.bytes(RequestWriter.body(campaign, Dialect.V2)));
    }

    /** {@code play} or {@code stop} (and this server's {@code pause}, {@code resume}). */
    public RemoteResult trigger(CampaignId id, LifecycleEvent event) {
        String trigger = event.trigger().orElseThrow(() -> new IllegalArgumentException(event + " is not a client trigger"));
        RemoteResult result = send("POST", "/api/v2/public/" + streamId + "/campaign/trigger/" + id + "?campaignType=voice&trigger=" + trigger,
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return result instanceof RemoteResult.Accepted a && a.id() == null ? new RemoteResult.Accepted(id, a.status()) : result;
    }

    private RemoteResult send(String method, String pathAndQuery, byte[] body) {
        String token = TokenSigner.sign(clientId, clientSecret, clock.instant(), Duration.ofMinutes(5));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("auth", token).header("iid", streamId).header("accountId", accountId)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new RemoteResult.Failed("cannot reach " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RemoteResult.Failed("interrupted");
        }
        JsonNode json = CampaignJson.parse(response.body());
        if (json == null || !json.isObject()) return new RemoteResult.Failed("HTTP " + response.statusCode() + " with a body that is not JSON");
        if (response.statusCode() / 100 == 2) return accepted(json);
        List<RemoteResult.Problem> problems = new ArrayList<>();
        for (JsonNode e : json.path("errors")) {
            problems.add(new RemoteResult.Problem(e.path("pointer").asString(""), e.path("code").asString(""), e.path("message").asString("")));
        }
        return new RemoteResult.Rejected(response.statusCode(), json.path("detail").asString(""), problems);
    }

    private static RemoteResult accepted(JsonNode json) {
        JsonNode data = json.has("data") ? json.get("data") : json;
        Optional<CampaignId> id = CampaignId.parse(data.path("id").asString(null));
        Optional<CampaignStatus> status = CampaignStatus.fromWireName(data.path("status").asString(""));
        if (status.isEmpty()) return new RemoteResult.Failed("the answer names no known campaign status");
        return new RemoteResult.Accepted(id.orElse(null), status.get());
    }
}

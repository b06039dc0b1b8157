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
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.RequestWriter;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Sends campaigns to a remote API of this shape (the hosted one, or this project's reference
 * server) in the v2 dialect: validates locally first, signs the {@code auth} token (HS256, claim
 * {@code appId}), and maps responses and problem documents back to {@link RemoteResult}s.
 */
public final class CampaignClient {
    private final RemoteApi api;
    private final CampaignValidator rules;
    private final ValidationContext localContext;

    /**
     * @param base         scheme, host and port, such as {@code https://platform.kore.ai}
     * @param localContext the directories the local check uses (the names the remote is expected to know)
     */
    public CampaignClient(URI base, String streamId, String accountId, String clientId, String clientSecret,
                          CampaignValidator rules, ValidationContext localContext, Clock clock) {
        this.api = new RemoteApi(base, streamId, accountId, clientId, clientSecret, clock);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.localContext = Objects.requireNonNull(localContext, "localContext");
    }

    /** Validates the draft locally; sends it only when valid. */
    public RemoteResult create(CampaignDraft draft) {
        Verdict verdict = rules.validate(draft, localContext);
        if (!verdict.isValid()) return new RemoteResult.RejectedLocally(verdict.result().getError().filter(Violation::isError).toJavaList());
        return create(verdict.result().get());
    }

    public RemoteResult create(Campaign campaign) {
        return send("POST", api.v2() + "/campaign?accountId=" + api.accountId() + "&campaignType=voice",
                CampaignJson.bytes(RequestWriter.body(campaign, Dialect.V2)));
    }

    public RemoteResult update(CampaignId id, Campaign campaign) {
        return send("PUT", api.v2() + "/campaign/" + id + "?campaignType=voice",
                CampaignJson.bytes(RequestWriter.body(campaign, Dialect.V2)));
    }

    /** {@code play} or {@code stop} (and this server's {@code pause}, {@code resume}). */
    public RemoteResult trigger(CampaignId id, LifecycleEvent event) {
        String trigger = event.trigger().orElseThrow(() -> new IllegalArgumentException(event + " is not a client trigger"));
        RemoteResult result = send("POST", "/api/v2/public/" + api.streamId() + "/campaign/trigger/" + id + "?campaignType=voice&trigger=" + trigger,
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return result instanceof RemoteResult.Accepted a && a.id() == null ? new RemoteResult.Accepted(id, a.status()) : result;
    }

    private RemoteResult send(String method, String pathAndQuery, byte[] body) {
        return switch (api.send(method, pathAndQuery, body, CampaignClient::accepted)) {
            case RemoteAnswer.Ok<RemoteResult> ok -> ok.value();
            case RemoteAnswer.Rejected<RemoteResult> r -> new RemoteResult.Rejected(r.status(), r.detail(), r.problems());
            case RemoteAnswer.Failed<RemoteResult> f -> new RemoteResult.Failed(f.reason());
        };
    }

    private static RemoteResult accepted(JsonNode json) {
        JsonNode data = json.has("data") ? json.get("data") : json;
        Optional<CampaignId> id = CampaignId.parse(data.path("id").asString(null));
        Optional<CampaignStatus> status = CampaignStatus.fromWireName(data.path("status").asString(""));
        if (status.isEmpty()) return new RemoteResult.Failed("the answer names no known campaign status");
        return new RemoteResult.Accepted(id.orElse(null), status.get());
    }
}

package dev.voicecampaign.http.client;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.json.CampaignJson;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schedules, lists and cancels one app's callbacks on a remote reference server
 * ({@code .../campaign/{campaignId}/callbacks}). A call the campaign may not place then comes back {@code Rejected} with
 * every reason and, when there is one, {@code nextAllowedAt}.
 */
public final class CallbackClient {
    private final RemoteApi api;
    private final StreamId stream;

    /** @param base scheme, host and port of the server, such as {@code http://localhost:8080} */
    public CallbackClient(URI base, String streamId, String accountId, String clientId, String clientSecret, Clock clock) {
        this.api = new RemoteApi(base, streamId, accountId, clientId, clientSecret, clock);
        this.stream = new StreamId(streamId);
    }

    public RemoteAnswer<Callback> schedule(CampaignId campaign, CallbackDraft draft) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (draft.phone() != null) body.put("phone", draft.phone());
        if (draft.contactId() != null) body.put("contactId", draft.contactId());
        if (draft.region() != null) body.put("region", draft.region());
        if (draft.callContactAt() != null) body.put("callContactAt", draft.callContactAt());
        if (draft.note() != null) body.put("note", draft.note());
        return api.send("POST", callbacks(campaign), CampaignJson.bytes(body), json -> callback(json.get("data")));
    }

    /** At most {@code limit} callbacks from {@code skip}, due from {@code from} to {@code to} (each optional), soonest first. */
    public RemoteAnswer<List<Callback>> due(CampaignId campaign, Optional<Instant> from, Optional<Instant> to, int skip, int limit) {
        String query = "?skip=" + skip + "&limit=" + limit + from.map(f -> "&from=" + f).orElse("") + to.map(t -> "&to=" + t).orElse("");
        return api.send("GET", callbacks(campaign) + query, null,
                json -> json.get("data").get("results").valueStream().map(this::callback).toList());
    }

    /** Cancels a callback; answers its id. */
    public RemoteAnswer<String> cancel(CampaignId campaign, String id) {
        return api.send("DELETE", callbacks(campaign) + "/" + id, null, json -> json.get("data").get("id").asString());
    }

    private String callbacks(CampaignId campaign) {
        return api.v2() + "/campaign/" + campaign.value() + "/callbacks";
    }

    private Callback callback(JsonNode data) {
        return new Callback(data.get("id").asString(), stream, new CampaignId(data.get("campaignId").asString()), data.get("phone").asString(),
                Optional.ofNullable(data.get("contactId")).map(JsonNode::asString), Instant.parse(data.get("callContactAt").asString()),
                Optional.ofNullable(data.get("note")).map(JsonNode::asString), Instant.parse(data.get("createdAt").asString()));
    }
}

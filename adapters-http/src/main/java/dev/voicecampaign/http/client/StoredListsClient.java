package dev.voicecampaign.http.client;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.json.CampaignJson;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Manages one app's stored contact lists and DNC lists on a remote reference server ({@code .../contactlists},
 * {@code .../dnclists}): create, read, delete, upload entries and page them, answered in domain terms.
 */
public final class StoredListsClient {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RemoteApi api;
    private final StreamId stream;

    /** @param base scheme, host and port of the server, such as {@code http://localhost:8080} */
    public StoredListsClient(URI base, String streamId, String accountId, String clientId, String clientSecret, Clock clock) {
        this.api = new RemoteApi(base, streamId, accountId, clientId, clientSecret, clock);
        this.stream = new StreamId(streamId);
    }

    /** A new, empty list of {@code kind}. */
    public RemoteAnswer<ContactList> create(ListKind kind, String name, Optional<String> description) {
        ObjectNode body = NODES.objectNode().put("name", name);
        description.ifPresent(d -> body.put("description", d));
        return api.send("POST", lists(kind), CampaignJson.bytes(body), json -> list(kind, json.get("data")));
    }

    public RemoteAnswer<ContactList> get(ListKind kind, ResourceId id) {
        return api.send("GET", lists(kind) + "/" + id.value(), null, json -> list(kind, json.get("data")));
    }

    /** Removes the list and what it holds; answers the list as it was. */
    public RemoteAnswer<ContactList> delete(ListKind kind, ResourceId id) {
        return api.send("DELETE", lists(kind) + "/" + id.value(), null, json -> list(kind, json.get("data")));
    }

    /**
     * Adds entries as JSON: contacts to a contact list, or numbers (phone and region only) to a DNC list. The good ones
     * are stored even when others are refused; the answer says which.
     */
    public RemoteAnswer<RemoteUpload> upload(ListKind kind, ResourceId id, List<ContactDraft> entries) {
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray(kind.entriesField());
        for (ContactDraft entry : entries) items.add(entry(kind, entry));
        return api.send("POST", lists(kind) + "/" + id.value() + "/" + kind.entriesField(), CampaignJson.bytes(body), json -> {
            JsonNode data = json.get("data");
            List<String> duplicates = data.get("duplicates").valueStream().map(JsonNode::asString).toList();
            return new RemoteUpload(list(kind, data.get("list")), data.get("accepted").asInt(), duplicates, RemoteApi.problems(data.get("rejected")));
        });
    }

    /** At most {@code limit} entries from {@code skip}, in the order they were added. */
    public RemoteAnswer<List<ListedContact>> entries(ListKind kind, ResourceId id, int skip, int limit) {
        return api.send("GET", lists(kind) + "/" + id.value() + "/" + kind.entriesField() + "?skip=" + skip + "&limit=" + limit, null,
                json -> json.get("data").get("results").valueStream().map(e -> kind == ListKind.DNC ? ListedContact.dncEntry(e.get("phone").asString())
                        : contact(e)).toList());
    }

    private String lists(ListKind kind) {
        return api.v2() + (kind == ListKind.DNC ? "/dnclists" : "/contactlists");
    }

    private static ObjectNode entry(ListKind kind, ContactDraft draft) {
        ObjectNode node = NODES.objectNode();
        if (draft.phone() != null) node.put("phone", draft.phone());
        if (draft.region() != null) node.put("region", draft.region());
        if (kind == ListKind.DNC) return node;
        if (draft.id() != null) node.put("id", draft.id());
        if (draft.zone() != null) node.put("zone", draft.zone());
        if (draft.postalCode() != null) node.put("postalCode", draft.postalCode());
        if (draft.attributes() != null) {
            ObjectNode attributes = node.putObject("attributes");
            draft.attributes().forEach(attributes::put);
        }
        return node;
    }

    private ContactList list(ListKind kind, JsonNode data) {
        return new ContactList(new ResourceId(data.get("id").asString()), stream, kind, data.get("name").asString(),
                Optional.ofNullable(data.get("description")).map(JsonNode::asString), data.get(kind.entriesField()).asLong(),
                Instant.parse(data.get("createdAt").asString()), Instant.parse(data.get("updatedAt").asString()), data.get("version").asLong());
    }

    private static ListedContact contact(JsonNode e) {
        Map<String, String> attributes = new TreeMap<>();
        e.path("attributes").properties().forEach(a -> attributes.put(a.getKey(), a.getValue().asString()));
        return new ListedContact(e.get("id").asString(), e.get("phone").asString(), text(e, "zone").map(ZoneId::of), text(e, "postalCode"),
                text(e, "region"), attributes);
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::asString);
    }
}

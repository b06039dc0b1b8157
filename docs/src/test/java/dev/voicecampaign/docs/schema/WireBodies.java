package dev.voicecampaign.docs.schema;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Drafts (generated, or broken by the testkit) written as the request bodies a client would send. */
public final class WireBodies {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WireBodies() {
    }

    /**
     * A draft as its dialect's request body: the draft mirrors the wire field by field, so Jackson writes
     * its records; absent fields are left out, {@code queueName} is {@code queue_name}, and v1 machine
     * detection is a boolean (detect and disconnect are both true there).
     */
    public static ObjectNode of(CampaignDraft draft) {
        ObjectNode body = (ObjectNode) withoutNullMembers(JSON.valueToTree(draft));
        body.remove("dialect");
        JsonNode queue = body.remove("queueName");
        if (queue != null) body.set("queue_name", queue);
        if (draft.dialect() == Dialect.V1 && body.has("enableMachineDetect")) {
            switch (draft.enableMachineDetect()) {
                case "no" -> body.put("enableMachineDetect", false);
                case "detect", "disconnect" -> body.put("enableMachineDetect", true);
                default -> { }
            }
        }
        return body;
    }

    private static JsonNode withoutNullMembers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.properties().forEach(e -> {
                if (e.getValue().isNull()) nulls.add(e.getKey());
                else withoutNullMembers(e.getValue());
            });
            nulls.forEach(object::remove);
        } else if (node.isArray()) {
            node.forEach(WireBodies::withoutNullMembers);
        }
        return node;
    }
}

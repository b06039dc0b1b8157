package dev.voicecampaign.docs.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.docs.examples.ExampleScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request and response example in the published OpenAPI document (each one an executed
 * exchange) validates against the schema its operation names, with undeclared properties refused:
 * so every field the server writes or accepts is declared, and typed clients see all of them.
 */
class OpenApiExamplesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode api;
    private static StrictSchemas strict;

    @BeforeAll
    static void generate() {
        api = JSON.readTree(OpenApiPage.of(ExampleScenario.run()).content());
        strict = new StrictSchemas(api);
    }

    private static List<String> violations(JsonNode schemaRef, JsonNode example) {
        return strict.violations(schemaRef.get("$ref").asString(), example);
    }

    @Test
    void everyExampleValidatesAgainstItsSchemaWithNoUndeclaredProperty() {
        List<String> checked = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String id = op.getValue().get("operationId").asString();
            JsonNode request = op.getValue().path("requestBody").path("content").path("application/json");
            if (request.has("example")) {
                assertThat(violations(request.get("schema"), request.get("example"))).as("request example of %s", id).isEmpty();
                checked.add(id + " request");
            }
            op.getValue().get("responses").properties().forEach(response -> {
                JsonNode resolved = response.getValue().has("$ref")
                        ? api.at(response.getValue().get("$ref").asString().substring(1)) : response.getValue();
                resolved.path("content").properties().forEach(media -> {
                    if (!media.getValue().has("example")) return;
                    assertThat(violations(media.getValue().get("schema"), media.getValue().get("example")))
                            .as("%s example of %s", response.getKey(), id).isEmpty();
                    checked.add(id + " " + response.getKey());
                });
            });
        }));
        assertThat(checked).contains("createCampaignV2 request", "createCampaignV2 200", "createCampaignV2 400", "createCampaignV2 409",
                "getCampaignV2 401", "getCampaignV2 404", "updateCampaignV2 409", "listCampaigns 200", "triggerCampaignV2 200",
                "getCampaignStatus 200", "scheduleCampaign 200", "decideCalls 200", "getReadiness 200", "deleteCampaignV1 200");
    }

    @Test
    void aStrictSchemaRefusesAnUndeclaredPropertyInAnAnswer() {
        JsonNode get = api.at("/paths/~1campaign~1api~1v2~1public~1{streamId}~1campaign~1{campaignId}/get/responses/200/content/application~1json");
        ObjectNode answer = (ObjectNode) get.get("example").deepCopy();
        assertThat(violations(get.get("schema"), answer)).isEmpty();
        ((ObjectNode) answer.get("data")).put("undeclared", 1);
        assertThat(violations(get.get("schema"), answer)).isNotEmpty();
        ObjectNode wrongStatus = (ObjectNode) get.get("example").deepCopy();
        ((ObjectNode) wrongStatus.get("data")).put("status", "Sleeping");
        assertThat(violations(get.get("schema"), wrongStatus)).isNotEmpty();
    }
}

package dev.voicecampaign.docs.pages;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document's component schemas with undeclared properties refused (every object schema
 * that declares properties gets {@code unevaluatedProperties: false}; if/then parts are left alone),
 * to check that each field the server reads or writes is declared.
 */
final class StrictSchemas {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private final ObjectNode schemas;

    StrictSchemas(JsonNode api) {
        schemas = (ObjectNode) api.get("components").get("schemas").deepCopy();
        refuseUndeclared(schemas);
    }

    private static void refuseUndeclared(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("type").asString("").equals("object") && object.has("properties")) object.put("unevaluatedProperties", false);
            object.forEach(StrictSchemas::refuseUndeclared);
        } else if (node.isArray()) {
            node.forEach(StrictSchemas::refuseUndeclared);
        }
    }

    /** What is wrong with {@code value} under the component {@code ref} names ({@code #/components/schemas/...}). */
    List<String> violations(String ref, JsonNode value) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$ref", ref);
        schema.putObject("components").set("schemas", schemas);
        return REGISTRY.getSchema(schema).validate(value).stream().map(Object::toString).toList();
    }
}

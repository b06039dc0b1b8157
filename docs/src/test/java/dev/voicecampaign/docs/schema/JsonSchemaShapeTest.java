package dev.voicecampaign.docs.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.docs.model.ModeDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * What client generators (OpenAPI Generator, openapi-typescript) and strict validators need of the schemas: every
 * property a branch ({@code if}/{@code then}/{@code else}) names also declared on its object, whose {@code properties}
 * they read, and no {@code type} naming two kinds of value.
 */
class JsonSchemaShapeTest {
    static Stream<ModeDialect> shapes() {
        return ModeDialect.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyPropertyABranchNamesIsDeclaredOnItsObject(ModeDialect shape) {
        List<String> missing = new ArrayList<>();
        List<String> branched = new ArrayList<>();
        check(JsonSchemaGenerator.schema(shape), "", missing, branched);
        assertThat(branched).as("the schema has branches to check").isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void noTypeIsAUnionOfTwoKindsOfValue(ModeDialect shape) {
        List<String> unions = new ArrayList<>();
        unions(JsonSchemaGenerator.schema(shape), "", unions);
        assertThat(unions).as("strict validators (ajv) and generators refuse these; a oneOf of one schema per type serves").isEmpty();
    }

    private static void unions(JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            JsonNode type = node.path("type");
            if (type.isArray() && type.valueStream().filter(t -> !t.asString().equals("null")).count() > 1) found.add(at + " " + type);
            node.properties().forEach(p -> unions(p.getValue(), at + "/" + p.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) unions(node.get(i), at + "/" + i, found);
        }
    }

    private static void check(JsonNode node, String at, List<String> missing, List<String> branched) {
        if (!node.isObject()) return;
        for (JsonNode rule : node.path("allOf")) {
            for (String branch : List.of("then", "else")) {
                rule.path(branch).path("properties").propertyNames().forEach(name -> {
                    branched.add(at + "/" + name);
                    if (!node.path("properties").has(name)) missing.add(at + "/" + name + " (" + branch + ")");
                });
            }
        }
        node.path("properties").properties().forEach(p -> check(p.getValue(), at + "/" + p.getKey(), missing, branched));
        if (node.has("items")) check(node.get("items"), at + "[]", missing, branched);
    }
}

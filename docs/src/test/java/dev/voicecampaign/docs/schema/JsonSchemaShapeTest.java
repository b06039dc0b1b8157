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
 * Client generators (OpenAPI Generator, openapi-typescript) model an object from its {@code properties} and ignore
 * {@code if}/{@code then}/{@code else}: every property a branch names must also be declared on its object.
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

package dev.voicecampaign.docs.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.docs.examples.ExampleScenario;
import dev.voicecampaign.docs.examples.Exchange;
import dev.voicecampaign.http.routing.Route;
import dev.voicecampaign.http.routing.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiPageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static List<Exchange> walk;
    private static JsonNode api;

    @BeforeAll
    static void generate() {
        walk = ExampleScenario.run();
        api = JSON.readTree(OpenApiPage.of(walk).content());
    }

    @Test
    void everyRouteOfTheServerIsAnOperationWithAnExecutedExample() {
        assertThat(api.get("openapi").asString()).isEqualTo("3.1.0");
        for (Route route : Router.ROUTES) {
            JsonNode op = api.get("paths").path(route.template()).path(route.method().toLowerCase(Locale.ROOT));
            assertThat(op.isObject()).as("%s %s", route.method(), route.template()).isTrue();
            JsonNode example = op.get("responses").get("200").get("content").get("application/json").get("example");
            Exchange executed = walk.stream().filter(e -> OpenApiPage.routeOf(e).orElse(null) == route.id() && e.response().status() == 200)
                    .findFirst().orElseThrow();
            assertThat(example).as("example of %s", route.id()).isEqualTo(JSON.readTree(executed.response().body()));
        }
        int operations = 0;
        for (JsonNode item : api.get("paths")) operations += item.size();
        assertThat(operations).as("no operation without a route").isEqualTo(Router.ROUTES.size());
    }

    @Test
    void operationsHaveReadableUniqueIdsATagServersAndAccountIdOnce() {
        List<String> ids = new ArrayList<>();
        java.util.Set<String> tagNames = new java.util.HashSet<>();
        api.get("tags").forEach(t -> tagNames.add(t.get("name").asString()));
        for (Route route : Router.ROUTES) {
            JsonNode op = api.get("paths").get(route.template()).get(route.method().toLowerCase(Locale.ROOT));
            String id = op.get("operationId").asString();
            assertThat(id).as("%s", route.id()).matches("[a-z][A-Za-z0-9]+").doesNotContain("_");
            ids.add(id);
            assertThat(op.get("tags").get(0).asString()).as("%s", route.id()).isIn(tagNames);
            List<String> accountIds = new ArrayList<>();
            op.get("parameters").forEach(p -> {
                JsonNode resolved = p.has("$ref") ? api.at(p.get("$ref").asString().substring(1)) : p;
                if (resolved.get("name").asString().equals("accountId")) accountIds.add(resolved.get("in").asString());
            });
            if (route.id().isOpen()) {
                assertThat(accountIds).as("no accountId on the open %s", route.id()).isEmpty();
                assertThat(op.get("security").isEmpty()).as("no token on %s", route.id()).isTrue();
            } else {
                assertThat(accountIds).as("accountId parameters of %s", route.id()).containsExactly("header");
            }
        }
        assertThat(ids).doesNotHaveDuplicates().contains("createCampaignV2", "listCampaigns", "decideCalls");
        assertThat(api.get("servers").get(0).get("url").asString()).isEqualTo("http://localhost:8080");
        assertThat(api.get("info").get("license").get("name").asString()).as("the licence, said outright").contains("All rights reserved");
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(api, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(api.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) out.add(e.getValue().asString());
                else collectRefs(e.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(v -> collectRefs(v, out));
        }
    }
}

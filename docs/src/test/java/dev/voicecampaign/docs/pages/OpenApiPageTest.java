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

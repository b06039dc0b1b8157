package dev.voicecampaign.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.exchange.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the committed {@code docs/reference/examples.md}, sends every request it shows through the
 * real handler in order, and checks each answer is the one shown: status, content type and body,
 * ids and timestamps aside.
 */
class ExamplesReplayTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("(cd|ci|cl|qu|cf)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    record Shown(List<String> lines) {
        String head() {
            return lines.getFirst();
        }

        List<String> headers() {
            int blank = lines.indexOf("");
            return lines.subList(1, blank < 0 ? lines.size() : blank);
        }

        String body() {
            int blank = lines.indexOf("");
            return blank < 0 ? null : String.join("\n", lines.subList(blank + 1, lines.size()));
        }
    }

    @Test
    void everyDocumentedRequestGetsTheDocumentedAnswer() throws IOException {
        List<Shown> blocks = blocks(Files.readString(Path.of("reference", ExamplesPage.PATH), StandardCharsets.UTF_8));
        assertThat(blocks.size()).as("request and response blocks pair up").isEven().isGreaterThanOrEqualTo(30);
        ExampleWorld world = new ExampleWorld();
        for (int i = 0; i < blocks.size(); i += 2) {
            Shown request = blocks.get(i);
            Shown expected = blocks.get(i + 1);
            String[] head = request.head().split(" ", 2);
            HttpResponse actual = world.send(new DocumentedRequest(head[0], head[1], request.headers(), request.body()));
            String what = request.head();
            assertThat("HTTP/1.1 " + actual.status()).as(what).isEqualTo(expected.head());
            assertThat(actual.headers().first("content-type").map(t -> List.of("content-type: " + t)).orElse(List.of()))
                    .as(what).isEqualTo(expected.headers());
            if (expected.body() == null) {
                assertThat(actual.body()).as(what).isEmpty();
            } else {
                assertThat(masked(JSON.readTree(actual.body()))).as(what).isEqualTo(masked(JSON.readTree(expected.body())));
            }
        }
    }

    @Test
    void theGettingStartedCurlLineGetsTheAnswerShownThere() throws IOException {
        String page = Files.readString(Path.of("reference", "getting-started.md"), StandardCharsets.UTF_8);
        String curl = page.substring(page.indexOf("curl -s -X "), page.indexOf("```", page.indexOf("curl -s -X ")));
        Matcher command = Pattern.compile("curl -s -X (\\w+) 'http://localhost:8080([^']+)'").matcher(curl);
        assertThat(command.find()).isTrue();
        List<String> headers = Pattern.compile("-H \"([^\"]+)\"").matcher(curl).results()
                .map(m -> m.group(1).replace("$TOKEN", ExampleWorld.TOKEN_PLACEHOLDER)).toList();
        Matcher body = Pattern.compile("-d '([^']+)'").matcher(curl);
        assertThat(body.find()).isTrue();
        int answerAt = page.indexOf("```json", page.indexOf("The answer"));
        String shown = page.substring(page.indexOf('\n', answerAt) + 1, page.indexOf("```", answerAt + 7));

        HttpResponse actual = new ExampleWorld().send(new DocumentedRequest(command.group(1), command.group(2), headers, body.group(1)));
        assertThat(actual.status()).isEqualTo(200);
        assertThat(masked(JSON.readTree(actual.body()))).isEqualTo(masked(JSON.readTree(shown)));
    }

    @Test
    void masksHideOnlyIdsAndTimestamps() {
        JsonNode node = JSON.readTree("{\"id\": \"cd-b404b049-56d4-3527-84e8-86ab8b1cd125\", \"at\": \"2026-01-15T10:00:01.000Z\", \"name\": \"cd-1\"}");
        assertThat(masked(node).toString()).isEqualTo("{\"id\":\"<id>\",\"at\":\"<time>\",\"name\":\"cd-1\"}");
    }

    private static List<Shown> blocks(String markdown) {
        List<Shown> out = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.lines().toList()) {
            if (current == null && line.equals(ExamplesPage.FENCE)) {
                current = new ArrayList<>();
            } else if (current != null && line.equals("```")) {
                out.add(new Shown(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }

    private static JsonNode masked(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode copy = JSON.createObjectNode();
            o.properties().forEach(e -> copy.set(e.getKey(), masked(e.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = JSON.createArrayNode();
            a.forEach(v -> copy.add(masked(v)));
            return copy;
        }
        if (node.isString()) {
            String s = ID.matcher(node.asString()).replaceAll("<id>");
            s = TIMESTAMP.matcher(s).replaceAll("<time>");
            return JSON.getNodeFactory().stringNode(s);
        }
        return node;
    }
}

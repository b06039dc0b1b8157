package dev.voicecampaign.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example service on a random port, driven over HTTP as its clients would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleApplicationTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/campaigns"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sample(String name) throws IOException {
        try (var in = ExampleApplicationTest.class.getResourceAsStream("/agentless-v2.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("Product Feedback Voice Campaign-3.41", name);
        }
    }

    /** Each entry of a problem's errors as "pointer code". */
    List<String> errors(HttpResponse<String> response) {
        JsonNode problem = json.readTree(response.body());
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(e -> e.get("pointer").asString() + " " + e.get("code").asString()).toList();
    }

    @Test
    void theSeedsSampleIsCreatedStoredAndReadBack() throws Exception {
        HttpResponse<String> created = post(sample("Spring sample"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode data = json.readTree(created.body());
        String id = data.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/campaigns/" + id);
        assertThat(data.get("name").asString()).isEqualTo("Spring sample");
        assertThat(data.get("dncLists").get("name").asString()).isEqualTo("DNC CL Dec 4");

        HttpResponse<String> read = get("/campaigns/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("dialingStrategy")).isEqualTo(data.get("dialingStrategy"));
        assertThat(get("/campaigns/cd-unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyBreakingTheRulesGetsTheProblemDocumentWithEveryError() throws Exception {
        String body = sample("Broken sample").replace("\"priority\": \"5\"", "\"priority\": \"7\"")
                .replace("\"9:00 AM\"", "\"25:00\"");
        HttpResponse<String> refused = post(body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(errors(refused)).contains("/priority campaign.priority.notAllowed",
                "/dialingStrategy/callingHours/days/0/start campaign.dialingStrategy.callingHours.days.start.format");
    }

    @Test
    void aNameTheAppDoesNotHaveIsRefusedWithItsPointer() throws Exception {
        HttpResponse<String> refused = post(sample("Unknown list").replace("CL Only 2020 Dec 4", "Nope"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly("/contactLists/0 campaign.contactLists.notFound");
    }

    @Test
    void aBodyOfWrongTypesIsRefusedWithEveryProblemNotOnlyTheFirst() throws Exception {
        HttpResponse<String> refused = post("{\"name\": 7, \"priority\": [], \"dialingMode\": \"Agentless\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errors(refused)).contains("/name request.field.wrongType", "/priority request.field.wrongType");
    }

    @Test
    void aSecondCampaignOfTheSameNameIsAConflict() throws Exception {
        assertThat(post(sample("Twice")).statusCode()).isEqualTo(201);
        HttpResponse<String> again = post(sample("TWICE"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("title").asString()).isEqualTo("Name taken");
    }
}

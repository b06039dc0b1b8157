package dev.voicecampaign.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The API in a browser: the OpenAPI document and Swagger UI, from the jar, without a token and outside the rate limit. */
class ApiDocsRouteTest {
    @Test
    void theDocumentNamesThisServerFirstAndThePageAndItsFilesAreServed() {
        try (ServerFixture f = new ServerFixture(1)) {
            f.call("GET", ServerFixture.V2 + "/campaign/cd-any", null);
            assertThat(f.call("GET", ServerFixture.V2 + "/campaign/cd-any", null).status()).as("the rate limit is spent").isEqualTo(429);

            Answer api = f.send("GET", "/openapi.json", null);
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.header("Content-Type")).isEqualTo("application/json");
            assertThat(api.json().get("openapi").asString()).isEqualTo("3.1.0");
            assertThat(api.json().get("servers").get(0).get("url").asString()).isEqualTo("http://127.0.0.1:" + f.server.port());
            assertThat(api.json().get("paths").has("/campaign/api/v2/public/{streamId}/campaign")).isTrue();
            assertThat(api.header("X-Request-Id")).isNotBlank();

            Answer page = f.send("GET", "/docs", null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            String html = new String(page.raw().body(), StandardCharsets.UTF_8);
            assertThat(html).contains("/docs/swagger-ui-bundle.js", "/docs/init.js", "/docs/swagger-ui.css");
            for (String file : new String[] {"swagger-ui-bundle.js", "swagger-ui.css", "init.js", "favicon-32x32.png"}) {
                Answer asset = f.send("GET", "/docs/" + file, null);
                assertThat(asset.status()).as(file).isEqualTo(200);
                assertThat(asset.raw().body().length).as(file).isGreaterThan(100);
                assertThat(asset.header("X-Content-Type-Options")).isEqualTo("nosniff");
            }
            assertThat(new String(f.send("GET", "/docs/init.js", null).raw().body(), StandardCharsets.UTF_8)).contains("url: \"/openapi.json\"");
            assertThat(f.send("GET", "/docs/", null).status()).isEqualTo(200);
            assertThat(f.send("HEAD", "/docs", null).status()).isEqualTo(200);
            assertThat(f.send("POST", "/openapi.json", new byte[0]).status()).isEqualTo(405);
        }
    }

    @Test
    void onlyTheNamedFilesAreServed() {
        try (ServerFixture f = new ServerFixture()) {
            for (String path : new String[] {"/docs/index.html", "/docs/swagger-ui.js", "/docs/META-INF/MANIFEST.MF", "/docsx",
                    "/docs/../docs/../META-INF/MANIFEST.MF"}) {
                assertThat(f.send("GET", path, null).status()).as(path).isEqualTo(404);
            }
            // dot segments are removed before routing (RFC 3986, 5.2.4): this is the published document's own path
            assertThat(f.send("GET", "/docs/../openapi.json", null).status()).isEqualTo(200);
            // a path that climbs above the root, or an encoded dot segment, is refused before any route
            for (String path : new String[] {"/docs/../../etc/passwd", "/docs/%2e%2e/x"}) {
                Answer refused = f.send("GET", path, null);
                assertThat(refused.status()).as(path).isEqualTo(400);
                assertThat(refused.header("Content-Type")).as(path).isEqualTo("application/problem+json");
            }
        }
    }
}

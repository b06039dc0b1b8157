package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.V2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import org.junit.jupiter.api.Test;

/** The health probes answer without a token and outside the rate limit; readiness reads the storage. */
class HealthRouteTest {
    @Test
    void livenessAndReadinessAnswerWithoutATokenEvenOverTheRateLimit() {
        try (ServerFixture f = new ServerFixture(1)) {
            f.call("GET", V2 + "/campaign/cd-any", null);
            assertThat(f.call("GET", V2 + "/campaign/cd-any", null).status()).as("the rate limit is spent").isEqualTo(429);
            for (String probe : new String[] {"/health/live", "/health/ready"}) {
                for (int i = 0; i < 3; i++) {
                    Answer a = f.send("GET", probe, null);
                    assertThat(a.status()).as(probe).isEqualTo(200);
                    assertThat(a.json().get("status").asString()).isEqualTo("UP");
                }
                assertThat(f.send("HEAD", probe, null).status()).as("HEAD " + probe).isEqualTo(200);
                assertThat(f.send("POST", probe, new byte[0]).status()).as("POST " + probe).isEqualTo(405);
            }
            assertThat(f.send("GET", "/health", null).status()).as("only the two probes").isEqualTo(404);
        }
    }
}

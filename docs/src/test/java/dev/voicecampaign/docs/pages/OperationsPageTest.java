package dev.voicecampaign.docs.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.docs.examples.ExampleScenario;
import org.junit.jupiter.api.Test;

/** The operations page lists what a scraper sees: each family once, with its type, labels and help. */
class OperationsPageTest {
    @Test
    void familiesAreReadFromTheScrapeWithTheirLabelsButNotTheBucketBounds() {
        String scrape = """
                # HELP http_server_requests_seconds Requests by route, method and status
                # TYPE http_server_requests_seconds histogram
                http_server_requests_seconds_bucket{method="GET",route="get_v2",status="200",le="0.001"} 0
                http_server_requests_seconds_count{method="GET",route="get_v2",status="200"} 1
                http_server_requests_seconds_sum{method="GET",route="get_v2",status="200"} 0.002
                # HELP http_server_rate_limited_total Requests answered 429
                # TYPE http_server_rate_limited_total counter
                http_server_rate_limited_total 0.0
                """;
        String md = OperationsPage.of(scrape).content();
        assertThat(md).contains("| `http_server_requests_seconds` | histogram | `method`, `route`, `status` | Requests by route, method and status |")
                .contains("| `http_server_rate_limited_total` | counter |  | Requests answered 429 |")
                .contains("went through: `get_v2`.")
                .doesNotContain("`le`");
    }

    @Test
    void theServersOwnSeriesAreAllListedAfterTheWalk() {
        String md = OperationsPage.of(ExampleScenario.metricsAfterWalk()).content();
        assertThat(md).contains("`http_server_requests_seconds`", "`campaign_storage_calls_seconds`", "`campaigns`",
                "`campaign_violations_rejected_total`", "`http_server_rate_limited_total`", "`health_ready`");
    }
}

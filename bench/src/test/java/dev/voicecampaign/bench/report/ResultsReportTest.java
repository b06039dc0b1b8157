package dev.voicecampaign.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTTP target is read from the storage section it belongs to, as bench/http-bench writes them. */
class ResultsReportTest {
    private static final String RESULTS = """
            ### Storage: default file database (--data, fresh directory)

            | scenario | requests | requests/s |
            create + get ÷ no-op: **0.29×** (target ≥ 0.6×).
            For comparison: create + get ÷ unrouted 0.31×,

            ### Storage: --in-memory

            | scenario | requests | requests/s |
            create + get ÷ no-op: **0.70×** (target ≥ 0.6×).
            """;

    @Test
    void eachStorageAnswersItsOwnRatio() {
        assertThat(ResultsReport.noOpRatio(RESULTS, "--in-memory")).contains(0.70);
        assertThat(ResultsReport.noOpRatio(RESULTS, "default file database")).contains(0.29);
    }

    @Test
    void aStorageNotRunHasNoRatio() {
        assertThat(ResultsReport.noOpRatio(RESULTS.substring(0, RESULTS.indexOf("### Storage: --in-memory")), "--in-memory"))
                .isEmpty();
    }
}

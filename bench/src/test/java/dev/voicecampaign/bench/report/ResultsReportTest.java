package dev.voicecampaign.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HTTP target is read from the storage section it belongs to, as bench/http-bench writes them; figures
 * taken in rounds are their median, and ratios the median of the ratios within each round.
 */
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

    private static ResultsReport.Figure throughput(double score) {
        return new ResultsReport.Figure(score, 1, "ops/ms", 1000);
    }

    @Test
    void roundsGiveTheirMedianAndRangeAndRatiosTakenWithinEachRound() {
        ResultsReport report = new ResultsReport();
        // Round 2 is slow for both sides alike: its ratio is as round 1's, though its figures are the lowest.
        report.addRound(Map.of("project", throughput(100), "tree", throughput(125)));
        report.addRound(Map.of("project", throughput(80), "tree", throughput(100)));
        report.addRound(Map.of("project", throughput(120), "tree", throughput(130)));

        assertThat(report.measured("project").orElseThrow().cell()).isEqualTo("100 (80.0–120)");
        assertThat(report.measured("tree").orElseThrow().score()).isEqualTo(125);
        ResultsReport.Ratio ratio = report.ratio("project", "tree");
        assertThat(ratio.value()).isEqualTo(0.8);
        assertThat(ratio.cell()).isEqualTo("0.80× (0.80–0.92)");
        assertThat(report.measured("networknt")).isEmpty();
    }

    @Test
    void aRatioNoRoundMeasuredBothSidesOfIsNotAvailable() {
        ResultsReport report = new ResultsReport();
        report.addRound(Map.of("project", throughput(100)));
        report.addRound(Map.of("tree", throughput(125)));

        assertThat(report.ratio("project", "tree").cell()).isEqualTo("n/a");
        assertThat(report.ratio("project", "tree").value()).isNaN();
    }

    @Test
    void withoutRoundsTheSingleRunsFigureAndPropagatedErrorAreShown() {
        ResultsReport report = new ResultsReport();
        report.addFigures(Map.of("project", new ResultsReport.Figure(100, 3, "ops/ms", 1000), "tree", new ResultsReport.Figure(125, 4, "ops/ms", 1000)));

        assertThat(report.measured("project").orElseThrow().cell()).isEqualTo("100 ± 3.00");
        assertThat(report.ratio("project", "tree").cell()).isEqualTo("0.80× ± 0.04");
    }
}

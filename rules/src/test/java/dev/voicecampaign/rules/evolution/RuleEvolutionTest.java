package dev.voicecampaign.rules.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.compliance.CompliancePacks;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.core.support.Seeds;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleEvolutionTest {
    static final StreamId STREAM = new StreamId("st-1");
    static final ValidationContext CONTEXT = new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));

    static Stream<CampaignDraft> drafts(int n) {
        return Seeds.stream(n).map(seed -> new DraftGenerator(seed).valid());
    }

    @Test
    void sameRulesChangeNothing() {
        var report = RuleEvolution.compare(CampaignRules.standard(), CampaignRules.standard(), drafts(100), CONTEXT, 3);
        assertThat(report.examined()).isEqualTo(100);
        assertThat(report.unchanged()).isTrue();
    }

    @Test
    void aStricterRuleReportsTheDraftsItNewlyRejects() {
        RuleSet<CampaignDraft, Void> shortNames = RuleSet.checking(r -> r.cross("campaign.name.house",
                dev.voicecampaign.core.violation.Severity.ERROR, "names at most 20 characters",
                (d, parsed, at, ctx) -> d.name() != null && d.name().codePointCount(0, d.name().length()) > 20
                        ? List.of(Violation.error(Path.of("name"), "campaign.name.house", Map.of("max", 20), "must be at most 20 characters"))
                        : List.of()));
        var stricter = CampaignRules.standard().plus(shortNames);
        List<CampaignDraft> all = drafts(200).toList();
        long longNames = all.stream().filter(d -> d.name().codePointCount(0, d.name().length()) > 20).count();
        var report = RuleEvolution.compare(CampaignRules.standard(), stricter, all.stream(), CONTEXT, 5);
        assertThat(report.newlyRejectedCount()).isEqualTo(longNames).isPositive();
        assertThat(report.newlyAcceptedCount()).isZero();
        assertThat(report.newlyRejected()).hasSize(5).allSatisfy(c ->
                assertThat(c.errors()).extracting(Violation::code).containsExactly("campaign.name.house"));
        var relaxed = RuleEvolution.compare(stricter, CampaignRules.standard(), all.stream(), CONTEXT, 1);
        assertThat(relaxed.newlyAcceptedCount()).isEqualTo(longNames);
        assertThat(relaxed.newlyAccepted()).hasSize(1);
    }

    @Test
    void addingACompliancePackShowsWhichGeneratedCampaignsItWouldRefuse() {
        var report = RuleEvolution.compare(CampaignRules.standard(), CampaignRules.standard().plus(CompliancePacks.usFederal().rules()),
                drafts(200), CONTEXT, 2);
        assertThat(report.newlyRejectedCount()).isPositive();
        assertThat(report.newlyRejected().get(0).errors()).extracting(Violation::code)
                .allMatch(code -> code.startsWith("compliance.us."));
    }
}

package dev.voicecampaign.rules;

import static dev.voicecampaign.rules.RulesFixture.errors;
import static dev.voicecampaign.rules.RulesFixture.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.testkit.Breakage;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.core.support.Seeds;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the standard rules over generated drafts; every failure names its replayable seed. */
class CampaignRulesPropertyTest {
    static Stream<Long> seeds() {
        return Seeds.stream(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyGeneratedValidDraftYieldsACampaignOfItsMode(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        DialingMode mode = generator.anyMode();
        CampaignDraft draft = generator.valid(mode, generator.anyDialect());
        Verdict verdict = validate(draft);
        assertThat(verdict.isValid()).as("%s: %s gives %s", Seeds.replay(seed), draft, verdict.result()).isTrue();
        Campaign campaign = verdict.result().get();
        assertThat(campaign.mode()).as(Seeds.replay(seed)).isEqualTo(mode);
        assertThat(campaign.name().value()).isEqualTo(draft.name());
        assertThat(verdict.warnings()).as(Seeds.replay(seed)).allMatch(v -> !v.isError());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDraftBrokenInOneWayYieldsExactlyThatError(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        DialingMode mode = generator.anyMode();
        Dialect dialect = generator.anyDialect();
        CampaignDraft valid = generator.valid(mode, dialect);
        for (Breakage breakage : Breakage.applicableTo(mode, dialect)) {
            List<Violation> errors = errors(breakage.apply(valid));
            assertThat(errors).as("%s %s %s %s", Seeds.replay(seed), mode, dialect, breakage).hasSize(1);
            assertThat(errors.get(0).code()).as("%s %s", Seeds.replay(seed), breakage).isEqualTo(breakage.code());
            assertThat(errors.get(0).path().toString()).as("%s %s", Seeds.replay(seed), breakage).isEqualTo(breakage.path());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void validationIsPure(long seed) {
        CampaignDraft draft = new DraftGenerator(seed).valid();
        Breakage breakage = Breakage.values()[(int) Math.floorMod(seed, (long) Breakage.values().length)];
        CampaignDraft broken = breakage.apply(draft);
        assertThat(validate(broken)).as(Seeds.replay(seed)).isEqualTo(validate(broken));
        assertThat(validate(draft)).as(Seeds.replay(seed)).isEqualTo(validate(draft));
    }
}

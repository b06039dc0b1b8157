package dev.voicecampaign.rules;

import static dev.voicecampaign.rules.RulesFixture.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.RuleSetCompiler;
import dev.voicecampaign.testkit.Breakage;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.testkit.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled form of the standard rule sets is current, and answers exactly as the interpreter does:
 * the same violations (path, code, arguments, message, severity) in the same order, and the same campaign.
 */
class CompiledRuleSetsTest {
    private static final CampaignRules INTERPRETED = CampaignRules.interpreted();
    private static final CampaignRules COMPILED = CampaignRules.compiled();

    @Test
    void theCommittedSourceIsWhatTheRuleSetsCompileTo() throws IOException {
        // Tests run in the module's folder; the path is given from the repository root.
        Path committed = Path.of("..").resolve(StandardRulesCompilation.SOURCE);
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("%s is stale: run ./dev compile-rules", StandardRulesCompilation.SOURCE)
                .isEqualTo(StandardRulesCompilation.source());
    }

    @Test
    void theStandardRulesRunTheCompiledFormWhileItIsCurrent() {
        assertThat(StandardRulesCompilation.isCurrent()).isTrue();
        assertThat(CompiledRuleSets.FINGERPRINT).matches("[0-9a-f]{24}");
    }

    @Test
    void theFingerprintFollowsTheStructureNotTheLimits() {
        RuleSet<CampaignDraft> oneField = RuleSet.<CampaignDraft>builder()
                .field("name", CampaignDraft::name, dev.voicecampaign.rules.dsl.TextRule.text().required(), "a").build();
        RuleSet<CampaignDraft> sameShapeOtherRule = RuleSet.<CampaignDraft>builder()
                .field("name", CampaignDraft::name, dev.voicecampaign.rules.dsl.TextRule.text(), "b").build();
        RuleSet<CampaignDraft> oneMoreCheck = RuleSet.<CampaignDraft>builder()
                .field("name", CampaignDraft::name, dev.voicecampaign.rules.dsl.TextRule.text().oneOf(List.of("x")), "a").build();
        RuleSet<CampaignDraft> otherField = RuleSet.<CampaignDraft>builder()
                .field("description", CampaignDraft::description, dev.voicecampaign.rules.dsl.TextRule.text().required(), "a").build();
        String fingerprint = RuleSetCompiler.fingerprint(List.of(oneField));
        // Limits and flags are read from the live objects, so only the structure is part of it.
        assertThat(RuleSetCompiler.fingerprint(List.of(sameShapeOtherRule))).isEqualTo(fingerprint);
        assertThat(RuleSetCompiler.fingerprint(List.of(oneMoreCheck))).isNotEqualTo(fingerprint);
        assertThat(RuleSetCompiler.fingerprint(List.of(otherField))).isNotEqualTo(fingerprint);
        assertThat(RuleSetCompiler.constants(List.of(oneField))).hasSize(3);
    }

    static Stream<Long> seeds() {
        return Seeds.stream(300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void compiledAndInterpretedAgreeOnValidAndBrokenDrafts(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        for (DialingMode mode : DialingMode.values()) {
            for (Dialect dialect : Dialect.values()) {
                CampaignDraft valid = generator.valid(mode, dialect);
                assertSame(valid, seed);
                for (Breakage breakage : Breakage.values()) assertSame(tryApply(breakage, valid), seed);
                assertSame(brokenManyWays(valid, Seeds.random(seed ^ mode.ordinal() * 31L ^ dialect.ordinal())), seed);
            }
        }
    }

    @Test
    void compiledAndInterpretedAgreeOnAnEmptyDraft() {
        CampaignDraft empty = new CampaignDraft(Dialect.V2, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertSame(empty, 0);
        assertSame(empty.withDialect(Dialect.V1).withDialingMode("Preview"), 0);
    }

    /** Several breakages at once, and sometimes another mode (or none, or an unknown one) than the draft was made for. */
    private static CampaignDraft brokenManyWays(CampaignDraft draft, SplittableRandom random) {
        CampaignDraft broken = draft;
        List<Breakage> all = new ArrayList<>(List.of(Breakage.values()));
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) broken = tryApply(all.get(random.nextInt(all.size())), broken);
        return switch (random.nextInt(5)) {
            case 0 -> broken.withDialingMode(null);
            case 1 -> broken.withDialingMode(DialingMode.values()[random.nextInt(3)].wireName());
            case 2 -> broken.withDialingMode("Predictive");
            default -> broken;
        };
    }

    /** The breakage, or the draft unchanged where the breakage needs a part an earlier one removed. */
    private static CampaignDraft tryApply(Breakage breakage, CampaignDraft draft) {
        try {
            return breakage.apply(draft);
        } catch (RuntimeException partMissing) {
            return draft;
        }
    }

    private static void assertSame(CampaignDraft draft, long seed) {
        Verdict interpreted = INTERPRETED.validate(draft, CONTEXT);
        Verdict compiled = COMPILED.validate(draft, CONTEXT);
        assertThat(compiled).as("%s: %s", Seeds.replay(seed), draft).isEqualTo(interpreted);
    }
}

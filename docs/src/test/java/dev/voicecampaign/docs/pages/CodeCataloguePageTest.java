package dev.voicecampaign.docs.pages;

import dev.voicecampaign.core.draft.CampaignDraft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.docs.model.BrokenBodies;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.json.ReadResult;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.CodeCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class CodeCataloguePageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyCatalogueCodeHasAnExecutedExampleMessage() {
        List<String> codes = CodeCatalogue.standard().stream().map(CodeCatalogue.Entry::code).toList();
        assertThat(CodeCataloguePage.exampleMessages().keySet()).containsAll(codes);
        assertThat(CodeCataloguePage.exampleMessages().keySet()).as("no example for a code the catalogue lacks").isSubsetOf(codes);
    }

    static Stream<ModeDialect> shapes() {
        return ModeDialect.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyBrokenBodyRaisesTheProblemItClaims(ModeDialect shape) {
        for (BrokenBodies.BrokenBody broken : BrokenBodies.of(shape)) {
            List<Violation> found = new ArrayList<>();
            ReadResult<CampaignDraft> read = DraftReader.read(JSON.writeValueAsBytes(broken.body()), shape.dialect());
            found.addAll(read.violations().toJavaList());
            read.draft().ifPresent(draft -> {
                Verdict verdict = CampaignRules.standard().validate(draft, BrokenBodies.context());
                if (verdict.result().isInvalid()) found.addAll(verdict.result().getError().toJavaList());
                found.addAll(verdict.warnings().toJavaList());
            });
            assertThat(found).as("%s %s at %s", shape.slug(), broken.problem(), broken.wirePath())
                    .anySatisfy(v -> assertThat(v.code()).endsWith("." + broken.problem()));
        }
    }
}

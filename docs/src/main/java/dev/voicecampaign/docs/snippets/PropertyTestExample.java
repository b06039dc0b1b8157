package dev.voicecampaign.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.Breakage;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.core.support.Seeds;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The getting-started page's property test, shown verbatim there and run by the docs' tests. */
public abstract class PropertyTestExample {
    static final StreamId APP = new StreamId("st-1");
    static final ValidationContext CONTEXT = new ValidationContext(APP, SampleDirectories.forStream(APP));

    static Stream<Long> seeds() {
        return Seeds.stream(200);                                       // -Dvoicecampaign.seed=N replays one
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDraftBrokenOneWayGetsExactlyThatError(long seed) {
        DraftGenerator generate = new DraftGenerator(seed);
        DialingMode mode = generate.anyMode();
        Dialect dialect = generate.anyDialect();
        List<Breakage> ways = Breakage.applicableTo(mode, dialect);
        Breakage breakage = ways.get(Math.floorMod(seed, ways.size()));
        Verdict verdict = CampaignRules.standard().validate(breakage.apply(generate.valid(mode, dialect)), CONTEXT);
        assertThat(verdict.result().getError().filter(v -> v.severity() == Severity.ERROR).map(Violation::code).toJavaList())
                .as(Seeds.replay(seed)).containsExactly(breakage.code());      // warnings may ride along
    }
}

package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.core.support.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Domain to JSON to domain is the identity, in each dialect that can express the campaign. */
class RoundTripPropertyTest {
    static Stream<Long> seeds() {
        return Seeds.stream(300);
    }

    static Campaign campaign(CampaignDraft draft) {
        Verdict v = Golden.RULES.validate(draft, Golden.CONTEXT);
        assertThat(v.isValid()).as("%s", v.result()).isTrue();
        return v.result().get();
    }

    /** v1 cannot say "disconnect" (a boolean) and has no DNC list. */
    static boolean expressible(Campaign c, Dialect dialect) {
        return dialect == Dialect.V2 || (c.dncList().isEmpty()
                && !(c instanceof AgentlessCampaign a && a.machineDetection() == MachineDetection.DISCONNECT));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aCampaignWrittenAsARequestReadsBackEqual(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        Dialect dialect = generator.anyDialect();
        Campaign original = campaign(generator.valid(generator.anyMode(), dialect));
        if (!expressible(original, dialect)) return;
        byte[] body = CampaignJson.bytes(RequestWriter.body(original, dialect));
        ReadResult<CampaignDraft> read = DraftReader.read(body, dialect);
        assertThat(read.violations()).as(Seeds.replay(seed)).isEmpty();
        assertThat(campaign(read.draft().orElseThrow())).as(Seeds.replay(seed)).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fieldOrderDoesNotMatter(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        Dialect dialect = generator.anyDialect();
        Campaign original = campaign(generator.valid(generator.anyMode(), dialect));
        ObjectNode body = RequestWriter.body(original, dialect);
        List<String> names = new ArrayList<>(body.propertyNames());
        Collections.shuffle(names, new java.util.Random(new SplittableRandom(seed).nextLong()));
        ObjectNode shuffled = ResponseWriter.NODES.objectNode();
        names.forEach(n -> shuffled.set(n, body.get(n)));
        ReadResult<CampaignDraft> inOrder = DraftReader.read(CampaignJson.bytes(body), dialect);
        ReadResult<CampaignDraft> reordered = DraftReader.read(CampaignJson.bytes(shuffled), dialect);
        assertThat(reordered).as(Seeds.replay(seed) + " order " + names).isEqualTo(inOrder);
    }
}

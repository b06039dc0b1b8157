package dev.voicecampaign.docs.schema;

import dev.voicecampaign.core.draft.CampaignDraft;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.docs.model.BrokenBodies;
import dev.voicecampaign.docs.model.BrokenBodies.BrokenBody;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.json.ReadResult;
import dev.voicecampaign.json.RequestWriter;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.core.support.Seeds;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated JSON Schemas agree with the rule sets: every generated valid campaign's body passes
 * its schema, and every broken body the rules refuse is refused by the schema too, except for the
 * problems {@link JsonSchemaGenerator#notExpressed()} lists. Bodies the rules only warn about pass.
 */
class JsonSchemaAgreementTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CampaignRules RULES = CampaignRules.standard();

    static Stream<ModeDialect> shapes() {
        return ModeDialect.all().stream();
    }

    static Stream<Long> seeds() {
        return Seeds.stream(300);
    }

    private static Schema schema(ModeDialect shape) {
        return REGISTRY.getSchema(JsonSchemaGenerator.schema(shape));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyGeneratedValidCampaignPassesItsSchema(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        ModeDialect shape = new ModeDialect(generator.anyMode(), generator.anyDialect());
        Verdict verdict = RULES.validate(generator.valid(shape.mode(), shape.dialect()), BrokenBodies.context());
        assertThat(verdict.isValid()).as(Seeds.replay(seed)).isTrue();
        ObjectNode body = RequestWriter.body(verdict.result().get(), shape.dialect());
        assertThat(schema(shape).validate(body)).as("%s %s: %s", shape.slug(), Seeds.replay(seed), body).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theSchemaRefusesWhatTheRulesRefuseWhereASchemaCanSayIt(ModeDialect shape) {
        Schema schema = schema(shape);
        assertThat(schema.validate(BrokenBodies.validBody(shape))).as("the valid body").isEmpty();
        List<BrokenBody> broken = BrokenBodies.of(shape);
        assertThat(broken).hasSizeGreaterThan(20);
        for (BrokenBody b : broken) {
            boolean refusedByRules = refusedByRules(b.body(), shape);
            boolean refusedBySchema = !schema.validate(b.body()).isEmpty();
            String what = shape.slug() + " " + b.problem() + " at " + b.wirePath();
            if (!refusedByRules) {
                assertThat(refusedBySchema).as("%s: the rules only warn, so the schema must accept it", what).isFalse();
            } else if (JsonSchemaGenerator.INEXPRESSIBLE_PROBLEMS.contains(b.problem())) {
                assertThat(refusedBySchema).as("%s is listed as inexpressible but the schema refuses it; update the list", what).isFalse();
            } else {
                assertThat(refusedBySchema).as("%s: refused by the rules, so the schema must refuse it", what).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aNameOfUnicodeSpacesOnlyIsBlankToTheRulesAndTheSchemaAlike(ModeDialect shape) {
        Schema schema = schema(shape);
        for (String name : List.of("\u00a0", "\u2007\u3000", "\ufeff", " \t ", "\u202f\u00a0")) {
            ObjectNode body = BrokenBodies.validBody(shape).deepCopy();
            body.put("name", name);
            assertThat(refusedByRules(body, shape)).as("rules, %s", name.codePoints().mapToObj(Integer::toHexString).toList()).isTrue();
            assertThat(schema.validate(body)).as("schema, %s", name.codePoints().mapToObj(Integer::toHexString).toList()).isNotEmpty();
        }
        ObjectNode spaced = BrokenBodies.validBody(shape).deepCopy();
        spaced.put("name", "Caf\u00e9\u00a0Calls");
        assertThat(refusedByRules(spaced, shape)).isFalse();
        assertThat(schema.validate(spaced)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void machineDetectionSentAsNullIsJudgedAlikeByTheRulesAndTheSchema(ModeDialect shape) {
        Schema schema = schema(shape);
        ObjectNode body = BrokenBodies.validBody(shape).deepCopy();
        body.putNull("enableMachineDetect");
        boolean refusedByRules = refusedByRules(body, shape);
        assertThat(schema.validate(body).isEmpty()).as("%s: the schema agrees with the rules (refused: %s)", shape.slug(), refusedByRules)
                .isEqualTo(!refusedByRules);
    }

    private static boolean refusedByRules(ObjectNode body, ModeDialect shape) {
        ReadResult<CampaignDraft> read = DraftReader.read(JSON.writeValueAsBytes(body), shape.dialect());
        if (read.hasErrors()) return true;
        return read.draft().map(d -> !RULES.validate(d, BrokenBodies.context()).isValid()).orElse(true);
    }
}

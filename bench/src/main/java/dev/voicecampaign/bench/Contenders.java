package dev.voicecampaign.bench;

import dev.voicecampaign.bench.beanvalidation.CampaignRequest;
import dev.voicecampaign.bench.beanvalidation.ModeGroups;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.docs.schema.JsonSchemaGenerator;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.json.ReadResult;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.SampleDirectories;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every contender, set up once the way its users would (thread-safe, reused across calls), each
 * behind one method per operation measured, so the benchmarks and the smoke test call the same code.
 */
public final class Contenders {
    /** The stream the sample directories are built for. */
    public static final StreamId STREAM = new StreamId("st-0603182c-7ffb-53c3-b307-47ca14b9bench");

    private final CampaignRules rules = CampaignRules.standard();
    private final ValidationContext context = new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));
    /** Jackson 3 with its defaults: the parse floor. */
    private final JsonMapper plainJackson = JsonMapper.builder().build();
    /** Jackson 3 for binding the bean; unknown fields are ignored, as the project ignores them (with a warning). */
    private final JsonMapper beanJackson = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ValidatorFactory validatorFactory = Validation.buildDefaultValidatorFactory();
    private final Validator validator = validatorFactory.getValidator();
    /** The project's generated JSON Schema (2020-12) of each mode's v2 create body, loaded once into networknt. */
    private final Map<String, Schema> schemasByMode = schemas();

    private static Map<String, Schema> schemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<String, Schema> byMode = new HashMap<>();
        for (DialingMode mode : DialingMode.values()) {
            byMode.put(mode.wireName(), registry.getSchema(JsonSchemaGenerator.generate(mode, Dialect.V2)));
        }
        return Map.copyOf(byMode);
    }

    /** This project's result for a body: what the JSON boundary found, and the rules' verdict when there was a draft. */
    public record ProjectOutcome(ReadResult<CampaignDraft> read, Verdict verdict) {
        /** Boundary errors plus rule errors (warnings not counted). */
        public long errorCount() {
            long boundary = read.violations().count(v -> v.isError());
            long rules = verdict == null || verdict.isValid() ? 0 : verdict.result().getError().count(v -> v.isError());
            return boundary + rules;
        }
    }

    // --- this project

    /** Validate an already parsed draft: every violation, or the typed campaign. */
    public Verdict projectValidate(CampaignDraft draft) {
        return rules.validate(draft, context);
    }

    /** Bytes to typed campaign: read the body into a draft, then validate and build the campaign. */
    public ProjectOutcome projectReadAndValidate(byte[] body) {
        ReadResult<CampaignDraft> read = DraftReader.read(body, Dialect.V2);
        return new ProjectOutcome(read, read.draft().map(this::projectValidate).orElse(null));
    }

    /** Read the body into a draft, no rule run. */
    public ReadResult<CampaignDraft> projectRead(byte[] body) {
        return DraftReader.read(body, Dialect.V2);
    }

    /** The draft of a body (setup for the parsed-input benchmark). */
    public CampaignDraft projectDraft(byte[] body) {
        return DraftReader.read(body, Dialect.V2).draft().orElseThrow();
    }

    // --- Jackson

    /** Jackson's tree of a body: parsing alone, no mapping and no check. */
    public JsonNode jacksonTree(byte[] body) {
        return plainJackson.readTree(body);
    }

    /**
     * Jackson's tokenizer alone over a body: every token read, every string and number value made, nothing
     * kept. The floor under any reader built on Jackson's streaming API, this project's included.
     */
    public long jacksonTokens(byte[] body) {
        long seen = 0;
        try (JsonParser parser = plainJackson.createParser(body)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                seen += switch (t) {
                    case VALUE_STRING -> parser.getString().length();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue().intValue();
                    default -> 1;
                };
            }
        }
        return seen;
    }

    /** The Bean Validation bean of a body, bound by Jackson. */
    public CampaignRequest jacksonBind(byte[] body) {
        return beanJackson.readValue(body, CampaignRequest.class);
    }

    // --- networknt json-schema-validator

    /**
     * Bytes to JSON Schema errors: Jackson's tree (networknt validates trees), then the schema of the
     * body's {@code dialingMode} (Agentless's when it names none), as a user with one schema per mode would.
     */
    public List<Error> networkntValidate(byte[] body) {
        JsonNode tree = plainJackson.readTree(body);
        Schema schema = schemasByMode.get(tree.path("dialingMode").asString(""));
        return (schema == null ? schemasByMode.get(DialingMode.AGENTLESS.wireName()) : schema).validate(tree);
    }

    // --- Hibernate Validator

    /** Validate an already bound bean with the default group plus its mode's group. */
    public Set<ConstraintViolation<CampaignRequest>> hibernateValidate(CampaignRequest bean) {
        return validator.validate(bean, ModeGroups.forMode(bean.dialingMode()));
    }

    /** Bytes to bean to Hibernate Validator. */
    public Set<ConstraintViolation<CampaignRequest>> jacksonBindAndHibernateValidate(byte[] body) {
        return hibernateValidate(jacksonBind(body));
    }
}

package dev.voicecampaign.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.voicecampaign.client.api.CallDecisionsApi;
import dev.voicecampaign.client.api.CampaignsApi;
import dev.voicecampaign.client.api.HealthApi;
import dev.voicecampaign.client.api.LifecycleApi;
import dev.voicecampaign.client.model.CampaignAnswerV1;
import dev.voicecampaign.client.model.CampaignAnswerV2;
import dev.voicecampaign.client.model.CampaignPage;
import dev.voicecampaign.client.model.CampaignV1;
import dev.voicecampaign.client.model.CampaignV2;
import dev.voicecampaign.client.model.DecisionsAnswer;
import dev.voicecampaign.client.model.DecisionsAnswerDataResultsInner;
import dev.voicecampaign.client.model.DecisionsRequest;
import dev.voicecampaign.client.model.DecisionsRequestContactsInner;
import dev.voicecampaign.client.model.ListRequest;
import dev.voicecampaign.client.model.ListRequestFilters;
import dev.voicecampaign.client.model.ListRequestSortBy;
import dev.voicecampaign.client.model.Problem;
import dev.voicecampaign.client.model.StatusAnswer;
import dev.voicecampaign.client.model.StoredAgentlessV2;
import dev.voicecampaign.client.model.StoredCampaignV2;
import dev.voicecampaign.client.model.StoredPreviewV1;
import dev.voicecampaign.client.model.StoredPreviewV2;
import dev.voicecampaign.client.model.StoredProgressiveV2;
import dev.voicecampaign.client.model.TriggerAnswer;
import dev.voicecampaign.client.model.Violation;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.server.EmbeddedServer;
import dev.voicecampaign.http.server.ServerLimits;
import dev.voicecampaign.json.RequestWriter;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Java client that OpenAPI Generator makes from the published document, used as it is against
 * the reference server: the seeds' samples created in every mode and both dialects, read, updated,
 * listed with filters, started, paused, resumed and stopped, a rejected body read as a typed
 * problem, and a 409. Nothing here touches the generated code.
 */
class GeneratedClientTest {
    private static final String STREAM = DemoConfig.STREAM_ID;
    private static final String ACCOUNT = DemoConfig.ACCOUNT_ID;
    private static EmbeddedServer server;
    private static ObjectMapper mapper;
    private static CampaignsApi campaigns;
    private static LifecycleApi lifecycle;
    private static CallDecisionsApi decisions;
    private static HealthApi health;

    @BeforeAll
    static void start() throws Exception {
        Clock clock = Clock.systemUTC();
        ServerState state = ServerState.inMemory(DemoConfig.standard(), clock);
        server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0), new CampaignApi(state, new RateLimiter(100_000, clock)),
                ServerLimits.defaults());
        String token = TokenSigner.sign(DemoConfig.CLIENT_ID, DemoConfig.CLIENT_SECRET, Instant.now(), Duration.ofHours(1));
        ApiClient client = new ApiClient().setScheme("http").setHost("127.0.0.1").setPort(server.port())
                .setRequestInterceptor(request -> request.header("auth", token));
        mapper = client.getObjectMapper();
        campaigns = new CampaignsApi(client);
        lifecycle = new LifecycleApi(client);
        decisions = new CallDecisionsApi(client);
        health = new HealthApi(client);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A seeds' sample as the request body of a dialect, named {@code name} (names are unique per app). */
    private static String body(CampaignDraft sample, Dialect dialect, String name) {
        ValidationContext context = new ValidationContext(new dev.voicecampaign.core.campaign.StreamId(STREAM),
                SampleDirectories.forStream(new dev.voicecampaign.core.campaign.StreamId(STREAM)));
        var verdict = CampaignRules.standard().validate(sample, context).result();
        assertThat(verdict.isValid()).as("sample valid: %s", verdict).isTrue();
        ObjectNode body = RequestWriter.body(verdict.get(), dialect);
        body.put("name", name);
        return body.toString();
    }

    private static CampaignV2 v2(CampaignDraft sample, String name) throws Exception {
        return mapper.readValue(body(sample, Dialect.V2, name), CampaignV2.class);
    }

    private static CampaignV1 v1(CampaignDraft sample, String name) throws Exception {
        return mapper.readValue(body(sample, Dialect.V1, name), CampaignV1.class);
    }

    private static String id(StoredCampaignV2 stored) {
        return switch (stored.getActualInstance()) {
            case StoredAgentlessV2 a -> a.getId();
            case StoredProgressiveV2 p -> p.getId();
            case StoredPreviewV2 p -> p.getId();
            default -> throw new AssertionError("unexpected " + stored.getActualInstance());
        };
    }

    @Test
    void everyModeInBothDialectsIsCreatedReadAndUpdatedThroughTypedModels() throws Exception {
        Map<DialingMode, CampaignDraft> samples = Map.of(DialingMode.AGENTLESS, ValidDrafts.agentlessV2(),
                DialingMode.PROGRESSIVE, ValidDrafts.progressiveV2(), DialingMode.PREVIEW, ValidDrafts.previewV2());
        for (var sample : samples.entrySet()) {
            String mode = sample.getKey().wireName();
            CampaignAnswerV2 created = campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(sample.getValue(), "Typed " + mode + " v2"));
            assertThat(created.getStatus()).isEqualTo(CampaignAnswerV2.StatusEnum.SUCCESS);
            Object stored = created.getData().getActualInstance();
            assertThat(stored.getClass().getSimpleName()).isEqualTo("Stored" + mode + "V2");

            CampaignAnswerV2 read = campaigns.getCampaignV2(STREAM, id(created.getData()), "voice", STREAM, ACCOUNT);
            assertThat(read.getData().getActualInstance().getClass()).isEqualTo(stored.getClass());

            CampaignAnswerV1 createdV1 = campaigns.createCampaignV1(STREAM, "voice", STREAM, ACCOUNT, v1(sample.getValue(), "Typed " + mode + " v1"));
            assertThat(createdV1.getData().getActualInstance().getClass().getSimpleName()).isEqualTo("Stored" + mode + "V1");
        }

        CampaignAnswerV2 agentless = campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.agentlessV2(), "Typed update"));
        StoredAgentlessV2 before = agentless.getData().getStoredAgentlessV2();
        assertThat(before.getDncLists().getName()).isEqualTo("DNC CL Dec 4");
        assertThat(before.getDialingStrategy().getCallingHours().getDays()).hasSize(5);
        CampaignV2 change = v2(ValidDrafts.agentlessV2(), "Typed update");
        change.getAgentlessV2().setDescription("Changed through the generated client.");
        String ifMatch = "\"" + campaigns.getCampaignV2(STREAM, before.getId(), "voice", STREAM, ACCOUNT).getData().getStoredAgentlessV2().getVersion() + "\"";
        CampaignAnswerV2 updated = campaigns.updateCampaignV2(STREAM, before.getId(), "voice", STREAM, ACCOUNT, change, ifMatch);
        StoredAgentlessV2 after = updated.getData().getStoredAgentlessV2();
        assertThat(after.getDescription()).isEqualTo("Changed through the generated client.");
        assertThat(after.getVersion()).isGreaterThan(before.getVersion());
        assertThat(after.getStatus()).isEqualTo(StoredAgentlessV2.StatusEnum.READY);

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> campaigns.updateCampaignV2(STREAM, before.getId(), "voice", STREAM, ACCOUNT, change, ifMatch));
        assertThat(stale.getCode()).isEqualTo(412);
    }

    @Test
    void aListIsFilteredSortedAndTyped() throws Exception {
        campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.previewV2(), "Listed B preview"));
        campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.previewV2(), "Listed A preview"));
        campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.agentlessV2(), "Listed C agentless"));
        ListRequest request = new ListRequest().type(ListRequest.TypeEnum.VOICE).skip(0).limit(100)
                .sortBy(new ListRequestSortBy().name(ListRequestSortBy.NameEnum.ASC))
                .filters(new ListRequestFilters().addDialingModeItem(ListRequestFilters.DialingModeEnum.PREVIEW));
        CampaignPage page = campaigns.listCampaigns(STREAM, STREAM, ACCOUNT, request);
        List<Object> results = page.getData().getResults().stream().map(StoredCampaignV2::getActualInstance).toList();
        assertThat(results).isNotEmpty().allMatch(StoredPreviewV2.class::isInstance);
        List<String> names = results.stream().map(r -> ((StoredPreviewV2) r).getName()).toList();
        assertThat(names).contains("Listed A preview", "Listed B preview").isSorted();
        assertThat(page.getData().getTotalResults()).isEqualTo(results.size());
    }

    @Test
    void aCampaignIsPlayedPausedResumedAndStopped() throws Exception {
        String id = id(campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.progressiveV2(), "Typed lifecycle")).getData());
        for (var step : List.of(Map.entry("play", TriggerAnswer.StatusEnum.ACTIVE), Map.entry("pause", TriggerAnswer.StatusEnum.PAUSED),
                Map.entry("resume", TriggerAnswer.StatusEnum.ACTIVE), Map.entry("stop", TriggerAnswer.StatusEnum.STOPPED))) {
            TriggerAnswer answer = lifecycle.triggerCampaignV2(STREAM, id, "voice", step.getKey(), STREAM, ACCOUNT, Map.of(), null);
            assertThat(answer.getStatus()).as(step.getKey()).isEqualTo(step.getValue());
            assertThat(answer.getCampaignInstanceId()).startsWith("ci-");
        }
        StatusAnswer status = lifecycle.getCampaignStatus(STREAM, id, STREAM, ACCOUNT, Map.of(), "status");
        assertThat(status.getData().getStatus()).isEqualTo(dev.voicecampaign.client.model.StatusAnswerData.StatusEnum.STOPPED);
        CampaignAnswerV1 asV1 = campaigns.getCampaignV1(STREAM, id, "voice", STREAM, ACCOUNT);
        assertThat(asV1.getData().getActualInstance().getClass().getSimpleName()).isEqualTo("StoredProgressiveV1");
    }

    @Test
    void callDecisionsAreTyped() throws Exception {
        String id = id(campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.agentlessV2(), "Typed decisions")).getData());
        DecisionsAnswer answer = decisions.decideCalls(STREAM, id, STREAM, ACCOUNT, new DecisionsRequest().at("2026-12-08T14:30:00Z")
                .addContactsItem(new DecisionsRequestContactsInner().id("c1").phone("+12125551234")));
        DecisionsAnswerDataResultsInner result = answer.getData().getResults().getFirst();
        assertThat(result.getId()).isEqualTo("c1");
        assertThat(result.getZones()).containsExactly("America/New_York");
        assertThat(result.getDecision()).isNotNull();
        assertThat(health.getReadiness().getStatus()).isNotNull();
    }

    @Test
    void aRejectedBodyIsATypedProblemWithEveryViolation() throws Exception {
        CampaignV2 broken = v2(ValidDrafts.agentlessV2(), "Typed broken");
        broken.getAgentlessV2().getDialingStrategy().setMaxRingTime(3);
        broken.getAgentlessV2().getDialingStrategy().getCallerId().setPhoneNumber("+1484651");
        ApiException e = catchThrowableOfType(ApiException.class, () -> campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, broken));
        assertThat(e.getCode()).isEqualTo(400);
        Problem problem = mapper.readValue(e.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(Violation::getPointer)
                .contains("/dialingStrategy/maxRingTime", "/dialingStrategy/callerId/phoneNumber");
        assertThat(problem.getErrors()).allMatch(v -> v.getSeverity() != null && v.getCode().contains("."));
    }

    @Test
    void aTakenNameIsATypedConflict() throws Exception {
        campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.progressiveV2(), "Typed twice"));
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> campaigns.createCampaignV2(STREAM, "voice", STREAM, ACCOUNT, v2(ValidDrafts.progressiveV2(), "TYPED TWICE")));
        assertThat(e.getCode()).isEqualTo(409);
        Problem problem = mapper.readValue(e.getResponseBody(), Problem.class);
        assertThat(problem.getType()).endsWith("name-taken");
        assertThat(problem.getInstance()).startsWith("urn:request:");
    }
}

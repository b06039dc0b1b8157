package dev.voicecampaign.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.usecase.CampaignOutcome;
import dev.voicecampaign.core.usecase.CampaignService;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.json.CampaignReadException;
import dev.voicecampaign.json.RequestWriter;
import dev.voicecampaign.json.VoiceCampaignModule;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.beanvalidation.ValidCampaign;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import io.vavr.collection.List;
import jakarta.validation.Validator;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** What the starter puts in an application context, and what an application's own beans replace. */
class VoiceCampaignAutoConfigurationTest {
    static final StreamId STREAM = new StreamId("app-1");

    final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            VoiceCampaignAutoConfiguration.class, JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
            TaskExecutionAutoConfiguration.class))
            .withPropertyValues(
                    "voicecampaign.streams.app-1.contact-lists=CL Only 2020 Dec 4",
                    "voicecampaign.streams.app-1.dnc-lists=DNC CL Dec 4",
                    "voicecampaign.streams.app-1.experience-flows=Voice Survey Entry Flow",
                    "voicecampaign.streams.app-1.caller-ids=+14846512345");

    /** Your own request type, as a controller would take it. */
    record CreateRequest(@ValidCampaign CampaignDraft campaign) {
    }

    static DataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void withoutADataSourceTheRulesModuleAndDirectoriesAreThereButNoUseCases() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CampaignValidator.class).hasSingleBean(VoiceCampaignModule.class)
                    .hasSingleBean(Directories.class).doesNotHaveBean(CampaignService.class);
            assertThat(context.getBean(CampaignValidator.class)).isInstanceOf(CampaignRules.class);
        });
    }

    @Test
    void theDirectoriesHoldTheConfiguredNamesOfEachStream() {
        runner.run(context -> {
            Directories directories = context.getBean(Directories.class);
            assertThat(directories.contactLists().resolve(STREAM, "CL Only 2020 Dec 4")).isPresent();
            assertThat(directories.contactLists().resolve(STREAM, "Nope")).isEmpty();
            assertThat(directories.contactLists().resolve(new StreamId("app-2"), "CL Only 2020 Dec 4")).isEmpty();
            Verdict verdict = context.getBean(CampaignValidator.class).validate(ValidDrafts.agentlessV2(), new ValidationContext(STREAM, directories));
            assertThat(verdict.isValid()).isTrue();
        });
    }

    @Test
    void theApplicationsJsonMapperReadsDraftsAndCollectsEveryProblem() {
        runner.run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            String body = mapper.writeValueAsString(RequestWriter.body(sample(), Dialect.V2));
            assertThat(mapper.readValue(body, CampaignDraft.class).name()).isEqualTo("Product Feedback Voice Campaign-3.41");
            assertThatThrownBy(() -> mapper.readValue("{\"name\": 7, \"priority\": []}", CampaignDraft.class))
                    .isInstanceOfSatisfying(CampaignReadException.class, e -> assertThat(e.violations().filter(v -> v.isError()).size()).isEqualTo(2));
        });
    }

    @Test
    void validCampaignRunsTheRulesAndChecksNamesInTheValidationStream() {
        runner.withPropertyValues("voicecampaign.validation-stream=app-1").run(context -> {
            Validator validator = context.getBean(Validator.class);
            assertThat(validator.validate(new CreateRequest(ValidDrafts.agentlessV2()))).isEmpty();
            CampaignDraft unknownList = ValidDrafts.agentlessV2().withContactLists(java.util.List.of("Nope")).withPriority("7");
            assertThat(CampaignProblems.of(validator.validate(new CreateRequest(unknownList))).violations().map(v -> v.code()).sorted())
                    .containsExactly("campaign.contactLists.notFound", "campaign.priority.notAllowed");
        });
    }

    @Test
    void withoutAValidationStreamOnlyTheShapeIsChecked() {
        runner.run(context -> {
            CampaignDraft unknownList = ValidDrafts.agentlessV2().withContactLists(java.util.List.of("Nope")).withPriority("7");
            assertThat(CampaignProblems.of(context.getBean(Validator.class).validate(new CreateRequest(unknownList))).violations()
                    .map(v -> v.code())).containsExactly("campaign.priority.notAllowed");
        });
    }

    @Test
    void withADataSourceTheSchemaIsMigratedAndTheUseCasesStoreCampaigns() {
        DataSource database = freshDatabase();
        runner.withBean(DataSource.class, () -> database).run(context -> {
            CampaignService service = context.getBean(CampaignService.class);
            CampaignOutcome outcome = service.create(STREAM, ValidDrafts.agentlessV2(), List.empty());
            assertThat(outcome).isInstanceOf(CampaignOutcome.Done.class);
            String id = ((CampaignOutcome.Done) outcome).campaign().id().value();
            assertThat(new JdbcTemplate(database).queryForObject("select count(*) from campaign where id = ?", Integer.class, id)).isEqualTo(1);
            assertThat(service.findByName(STREAM, "product feedback voice campaign-3.41")).isPresent();
        });
    }

    @Test
    void migrationCanBeLeftToTheApplication() {
        runner.withBean(DataSource.class, VoiceCampaignAutoConfigurationTest::freshDatabase).withPropertyValues("voicecampaign.migrate=false")
                .run(context -> {
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = 'campaign'",
                            Integer.class)).isZero();
                });
    }

    @Test
    void anApplicationsOwnBeansWin() {
        CampaignValidator own = (draft, context) -> CampaignRules.standard().validate(draft, context);
        Directories directories = SampleDirectories.forStream(STREAM);
        runner.withBean(CampaignValidator.class, () -> own).withBean(Directories.class, () -> directories).run(context -> {
            assertThat(context.getBean(CampaignValidator.class)).isSameAs(own);
            assertThat(context.getBean(Directories.class)).isSameAs(directories);
        });
    }

    static Campaign sample() {
        return CampaignRules.standard().validate(ValidDrafts.agentlessV2(), new ValidationContext(STREAM, SampleDirectories.forStream(STREAM)))
                .result().get();
    }
}

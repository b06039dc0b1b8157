package dev.voicecampaign.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.json.CampaignReadException;
import dev.voicecampaign.json.JsonPointers;
import dev.voicecampaign.json.Rejection;
import dev.voicecampaign.rules.beanvalidation.ValidCampaign;
import dev.voicecampaign.testkit.ValidDrafts;
import jakarta.validation.constraints.NotNull;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.databind.json.JsonMapper;

/** Spring's reports of a refused request become the reference server's rejection: same pointers and codes. */
class CampaignProblemsTest {
    final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            VoiceCampaignAutoConfiguration.class, JacksonAutoConfiguration.class, ValidationAutoConfiguration.class));

    /** A request wrapping the draft beside a field of the application's own. */
    record CreateRequest(@NotNull String requestedBy, @ValidCampaign CampaignDraft campaign) {
    }

    static List<String> entries(Rejection rejection) {
        return rejection.violations().map(v -> JsonPointers.of(v) + " " + v.code()).sorted().toJavaList();
    }

    @Test
    void boundErrorsKeepTheRulesCodesAndReportOtherConstraintsUnderTheirPath() {
        runner.run(context -> {
            SpringValidatorAdapter validator = context.getBean(SpringValidatorAdapter.class);
            CreateRequest request = new CreateRequest(null, ValidDrafts.agentlessV2().withPriority("7"));
            DirectFieldBindingResult errors = new DirectFieldBindingResult(request, "request");
            validator.validate(request, errors);
            assertThat(entries(CampaignProblems.of(errors))).containsExactly(
                    "/priority campaign.priority.notAllowed", "/requestedBy constraint.notNull");
        });
    }

    @Test
    void anErrorThatIsNoConstraintViolationIsReportedUnderItsFieldNotAsAFailure() {
        CreateRequest request = new CreateRequest("me", ValidDrafts.agentlessV2());
        DirectFieldBindingResult errors = new DirectFieldBindingResult(request, "request");
        errors.rejectValue("requestedBy", "notAllowed", "is not allowed to create campaigns");
        assertThat(entries(CampaignProblems.of(errors))).containsExactly("/requestedBy binding.notAllowed");
    }

    @Test
    void anUnreadableBodyGivesTheReadersRejectionAndAnyOtherFailureNone() {
        runner.run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            Throwable failure = null;
            try {
                mapper.readValue("{\"name\": 7}", CampaignDraft.class);
            } catch (CampaignReadException e) {
                failure = new IllegalStateException("wrapped", e);
            }
            assertThat(CampaignProblems.unreadable(failure)).hasValueSatisfying(r ->
                    assertThat(entries(r)).contains("/name request.field.wrongType"));
            assertThat(CampaignProblems.unreadable(new UncheckedIOException(new java.io.IOException("reset")))).isEmpty();
        });
    }
}

package dev.voicecampaign.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import org.junit.jupiter.api.Test;

/** The getting-started snippets do what the page says they do. */
class SnippetsTest {
    @Test
    void theEmbeddingExampleTypesAValidDraftAndListsTheProblemsOfAnInvalidOne() {
        assertThat(EmbeddingExample.check(ValidDrafts.agentlessV2()))
                .isEqualTo("Product Feedback Voice Campaign-3.41 calls 2700 minutes a week, next from 2026-01-05T03:30:00Z");
        assertThat(EmbeddingExample.check(ValidDrafts.agentlessV2().withName("").withPriority("9")))
                .isEqualTo("campaign.name.blank: must not be blank; campaign.priority.notAllowed: must be one of 1, 2, 3, 4, 5");
    }

    @Test
    void theBeanValidationExampleReportsRuleErrorsAsConstraintViolations() {
        StreamId app = new StreamId("st-1");
        ValidationContext context = new ValidationContext(app, SampleDirectories.forStream(app));
        assertThat(BeanValidationExample.violations(new BeanValidationExample.CreateCampaignRequest(ValidDrafts.agentlessV2()), context))
                .isEmpty();
        assertThat(BeanValidationExample.violations(
                new BeanValidationExample.CreateCampaignRequest(ValidDrafts.agentlessV2().withName("x".repeat(49))), context))
                .containsExactly("campaign.name: must be at most 48 characters");
    }

    @Test
    void theJacksonModuleExampleReadsADraftOrAnswersEveryProblem() {
        assertThat(JacksonModuleExample.read("{\"name\": \"Spring\"}")).isEqualTo("read Spring");
        assertThat(JacksonModuleExample.read("{\"name\": 5, \"priority\": \"5\", \"priority\": \"4\"}"))
                .startsWith("{\"type\":\"https://voicecampaign.dev/problems/invalid-campaign\"")
                .contains("\"pointer\":\"/name\"", "\"code\":\"request.field.duplicate\"");
    }
}

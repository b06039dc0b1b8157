package dev.voicecampaign.rules.beanvalidation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A host's request object validated by Hibernate Validator gets the same rules through the annotation. */
class BeanValidationBridgeTest {
    /** What a host might validate: its own request wrapping the draft. */
    record CreateRequest(@NotNull String requestedBy, @ValidCampaign CampaignDraft campaign) {
    }

    static final StreamId STREAM = new StreamId("st-1");
    static final ValidatorFactory FACTORY;

    static {
        Configuration<?> config = Validation.byDefaultProvider().configure();
        FACTORY = config.constraintValidatorFactory(new CampaignConstraintValidatorFactory(config.getDefaultConstraintValidatorFactory(),
                CampaignRules.standard(), new ValidationContext(STREAM, SampleDirectories.forStream(STREAM)))).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static List<String> violations(Validator validator, Object bean) {
        Set<ConstraintViolation<Object>> found = validator.validate(bean);
        return found.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    @Test
    void aValidDraftPasses() {
        assertThat(violations(FACTORY.getValidator(), new CreateRequest("me", ValidDrafts.agentlessV2()))).isEmpty();
    }

    @Test
    void eachRuleErrorIsAViolationWithItsPropertyPathAndMessage() {
        CampaignDraft d = ValidDrafts.agentlessV2().withName("x".repeat(49)).withContactLists(List.of("CL Only 2020 Dec 4", "Nope"))
                .withExperienceFlowName("Unknown {flow} ${x}");
        d = d.withDialingStrategy(d.dialingStrategy().withCallingHours(d.dialingStrategy().callingHours()
                .withDays(List.of(new DayWindowDraft("MO", "9:00 AM", "6:00 PM"), new DayWindowDraft("TU", "25:00", "6:00 PM")))));
        assertThat(violations(FACTORY.getValidator(), new CreateRequest(null, d))).containsExactly(
                "campaign.contactLists[1]: Nope does not exist in this app",
                "campaign.dialingStrategy.callingHours.days[1].start: must have the format h:mm AM/PM",
                "campaign.experienceFlowName: Unknown {flow} ${x} does not exist in this app",
                "campaign.name: must be at most 48 characters",
                "requestedBy: must not be null");
    }

    @Test
    void withoutTheFactoryOnlyShapesAreChecked() {
        try (ValidatorFactory plain = Validation.buildDefaultValidatorFactory()) {
            CampaignDraft unknownNames = ValidDrafts.agentlessV2().withContactLists(List.of("Nope")).withPriority("7");
            assertThat(violations(plain.getValidator(), new CreateRequest("me", unknownNames)))
                    .containsExactly("campaign.priority: must be one of 1, 2, 3, 4, 5");
        }
    }

    @Test
    void eachViolationCarriesTheRulesViolationAsItsPayload() {
        CampaignDraft d = ValidDrafts.agentlessV2().withName("x".repeat(49)).withPriority("7");
        Set<ConstraintViolation<Object>> found = FACTORY.getValidator().validate(new CreateRequest("me", d));
        assertThat(found.stream().map(BeanValidationBridgeTest::payload)
                .map(v -> v.path() + " " + v.code()).toList())
                .containsExactlyInAnyOrder("name campaign.name.tooLong", "priority campaign.priority.notAllowed");
    }

    static Violation payload(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(Violation.class);
    }

    @Test
    void cascadedValidationReachesNestedRequests() {
        record Envelope(@Valid CreateRequest request) {
        }
        assertThat(violations(FACTORY.getValidator(), new Envelope(new CreateRequest("me", ValidDrafts.agentlessV2().withName(null)))))
                .containsExactly("request.campaign.name: is required");
    }
}

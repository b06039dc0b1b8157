package dev.voicecampaign.docs.snippets;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.beanvalidation.CampaignConstraintValidatorFactory;
import dev.voicecampaign.rules.beanvalidation.ValidCampaign;
import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;

/** The getting-started page's Bean Validation example, shown verbatim there and run by a test. */
public final class BeanValidationExample {
    private BeanValidationExample() {
    }

    /** Your own request type: the annotation brings the campaign rules into {@code @Valid}. */
    public record CreateCampaignRequest(@ValidCampaign CampaignDraft campaign) {
    }

    public static List<String> violations(CreateCampaignRequest request, ValidationContext context) {
        Configuration<?> config = Validation.byDefaultProvider().configure();
        try (ValidatorFactory factory = config.constraintValidatorFactory(new CampaignConstraintValidatorFactory(
                config.getDefaultConstraintValidatorFactory(), CampaignRules.standard(), context)).buildValidatorFactory()) {
            return factory.getValidator().validate(request).stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
        }
    }
}

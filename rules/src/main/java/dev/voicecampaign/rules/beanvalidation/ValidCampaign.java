package dev.voicecampaign.rules.beanvalidation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint for a {@code CampaignDraft}: the standard campaign rules, each violation
 * reported with its property path ({@code dialingStrategy.callingHours.days[2].start}) and message.
 * Only errors are reported; warnings do not block. Directory checks need the stream's directories:
 * configure the validator factory with {@link CampaignConstraintValidatorFactory}; without it only
 * the shape of the draft is checked.
 */
@Documented
@Constraint(validatedBy = CampaignDraftValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCampaign {
    String message() default "invalid campaign";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

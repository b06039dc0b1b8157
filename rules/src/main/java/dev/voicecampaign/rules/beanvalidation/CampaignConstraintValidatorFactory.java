package dev.voicecampaign.rules.beanvalidation;

import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.ValidationContext;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.Objects;

/**
 * A {@link ConstraintValidatorFactory} that gives {@link ValidCampaign} the rules and the stream's
 * directories, and leaves every other constraint to the provider's own factory:
 * {@code Validation.byDefaultProvider().configure().constraintValidatorFactory(new
 * CampaignConstraintValidatorFactory(config.getDefaultConstraintValidatorFactory(), rules, context))}.
 */
public final class CampaignConstraintValidatorFactory implements ConstraintValidatorFactory {
    private final ConstraintValidatorFactory delegate;
    private final CampaignValidator rules;
    private final ValidationContext context;

    public CampaignConstraintValidatorFactory(ConstraintValidatorFactory delegate, CampaignValidator rules, ValidationContext context) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        if (key == CampaignDraftValidator.class) return key.cast(new CampaignDraftValidator(rules, context));
        return delegate.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof CampaignDraftValidator)) delegate.releaseInstance(instance);
    }
}

package dev.voicecampaign.rules.beanvalidation;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.ResourceDirectory;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.CampaignRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ValidationException;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs the campaign rules for {@link ValidCampaign} and turns each error into a constraint violation. With
 * Hibernate Validator as the provider, each constraint violation also carries the rules' {@link Violation}
 * as its dynamic payload ({@code HibernateConstraintViolation.getDynamicPayload(Violation.class)}), so a
 * host can answer with the same codes and JSON pointers as the reference server.
 */
public final class CampaignDraftValidator implements ConstraintValidator<ValidCampaign, CampaignDraft> {
    private static final ResourceDirectory ANY_NAME = (stream, name) -> Optional.of(new ResourceId("unchecked"));
    /** Used when no factory supplied directories: every name and caller id passes, shapes are still checked. */
    public static final ValidationContext SHAPE_ONLY = new ValidationContext(new StreamId("unscoped"),
            new Directories(ANY_NAME, ANY_NAME, ANY_NAME, ANY_NAME, (stream, callerId) -> true));

    private static final String HIBERNATE_CONTEXT = "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

    private final CampaignValidator rules;
    private final ValidationContext validationContext;
    /** Whether Hibernate Validator is on the class path, so its context can carry each violation. */
    private final boolean payloads = isPresent(HIBERNATE_CONTEXT);

    /** Shape checks only (how a provider's default factory creates it). */
    public CampaignDraftValidator() {
        this(CampaignRules.standard(), SHAPE_ONLY);
    }

    public CampaignDraftValidator(CampaignValidator rules, ValidationContext validationContext) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.validationContext = Objects.requireNonNull(validationContext, "validationContext");
    }

    @Override
    public boolean isValid(CampaignDraft draft, ConstraintValidatorContext context) {
        if (draft == null) return true;
        List<Violation> errors = rules.validate(draft, validationContext).result().fold(
                found -> found.filter(Violation::isError).toJavaList(), campaign -> List.of());
        if (errors.isEmpty()) return true;
        context.disableDefaultConstraintViolation();
        errors.forEach(v -> report(v, context));
        return false;
    }

    private void report(Violation violation, ConstraintValidatorContext context) {
        if (payloads) attach(violation, context);
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(escape(violation.message()));
        Object node = builder;
        Integer index = null;
        for (Path.Segment segment : violation.path().segments()) {
            switch (segment) {
                case Path.Segment.Index i -> index = i.index();
                case Path.Segment.Field f -> {
                    NodeBuilderCustomizableContext property = switch (node) {
                        case ConstraintViolationBuilder b -> b.addPropertyNode(f.name());
                        case NodeBuilderCustomizableContext c -> c.addPropertyNode(f.name());
                        case NodeBuilderDefinedContext d -> d.addPropertyNode(f.name());
                        default -> throw new IllegalStateException("unexpected builder " + node);
                    };
                    node = index == null ? property : property.inIterable().atIndex(index);
                    index = null;
                }
            }
        }
        if (index != null) {
            LeafNodeBuilderCustomizableContext leaf = switch (node) {
                case NodeBuilderCustomizableContext c -> c.addBeanNode();
                case NodeBuilderDefinedContext d -> d.addBeanNode();
                default -> throw new IllegalStateException("an index needs a list before it");
            };
            leaf.inIterable().atIndex(index).addConstraintViolation();
            return;
        }
        switch (node) {
            case ConstraintViolationBuilder b -> b.addConstraintViolation();
            case NodeBuilderCustomizableContext c -> c.addConstraintViolation();
            case NodeBuilderDefinedContext d -> d.addConstraintViolation();
            default -> throw new IllegalStateException("unexpected builder " + node);
        }
    }

    /** Sets the payload the next constraint violation is built with; another provider's context is left alone. */
    private static void attach(Violation violation, ConstraintValidatorContext context) {
        try {
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(violation);
        } catch (ValidationException otherProvider) {
            // not Hibernate Validator's context: the violation is still reported, without its payload
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, CampaignDraftValidator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Messages are final text, not templates: user values must not be interpolated. */
    static String escape(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            if (c == '{' || c == '}' || c == '$' || c == '\\') out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

}

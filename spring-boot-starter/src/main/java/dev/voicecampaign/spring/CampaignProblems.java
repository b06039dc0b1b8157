package dev.voicecampaign.spring;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.json.CampaignReadException;
import dev.voicecampaign.json.Rejection;
import io.vavr.collection.List;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path.Node;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * Turns what Spring reports about a refused request into the {@link Rejection} the reference server answers
 * with, so a controller's errors carry the same JSON pointers, codes and messages. A violation of
 * {@code @ValidCampaign} keeps the rules' own code; any other constraint is reported under its property path
 * with the code {@code constraint.<annotation>}, such as {@code constraint.notNull}.
 */
public final class CampaignProblems {
    private CampaignProblems() {
    }

    /** The rejection behind a body the mapper could not read as a campaign draft, if that is why it failed. */
    public static Optional<Rejection> unreadable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CampaignReadException read) return Optional.of(read.rejection());
        }
        return Optional.empty();
    }

    /** Method validation's result, such as Spring MVC's {@code HandlerMethodValidationException}. */
    public static Rejection of(MethodValidationResult result) {
        List<Violation> found = List.empty();
        for (ParameterValidationResult parameter : result.getParameterValidationResults()) {
            for (MessageSourceResolvable error : parameter.getResolvableErrors()) {
                found = found.append(violation(error, () -> parameter.unwrap(error, ConstraintViolation.class)));
            }
        }
        return new Rejection(found);
    }

    /** A bound object's errors, such as Spring MVC's {@code MethodArgumentNotValidException}. */
    public static Rejection of(Errors errors) {
        return new Rejection(List.ofAll(errors.getAllErrors()).map(e -> violation(e, () -> e.unwrap(ConstraintViolation.class))));
    }

    /** Constraint violations from a {@code jakarta.validation.Validator}. */
    public static Rejection of(Collection<? extends ConstraintViolation<?>> violations) {
        return new Rejection(List.ofAll(violations).map(CampaignProblems::violation));
    }

    /**
     * The error's constraint violation as below; an error that is no constraint violation (a Spring {@code Validator}'s
     * {@code rejectValue}, a binding type mismatch) under its field, with its last code as {@code binding.<code>}.
     */
    private static Violation violation(MessageSourceResolvable error, Supplier<ConstraintViolation<?>> unwrap) {
        try {
            return violation(unwrap.get());
        } catch (IllegalArgumentException notBeanValidation) {
            String[] codes = error.getCodes();
            String code = codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
            Path at = error instanceof FieldError field ? pathOf(field.getField()) : Path.root("request");
            return Violation.error(at, "binding." + code, Map.of(), String.valueOf(error.getDefaultMessage()));
        }
    }

    /** A Spring field path ({@code campaign.days[2].start}) as a path of the request. */
    private static Path pathOf(String field) {
        Path path = Path.root("request");
        for (String part : field.split("\\.")) {
            int bracket = part.indexOf('[');
            path = path.field(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0 && part.endsWith("]")) {
                String index = part.substring(bracket + 1, part.length() - 1);
                if (index.matches("[0-9]+")) path = path.index(Integer.parseInt(index));
            }
        }
        return path;
    }

    /** The rules' violation the bridge attached, or one made from the constraint violation's path and message. */
    static Violation violation(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Violation attached = hibernate.getDynamicPayload(Violation.class);
        if (attached != null) return attached;
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return Violation.error(path(violation.getPropertyPath()),
                "constraint." + Character.toLowerCase(constraint.charAt(0)) + constraint.substring(1), Map.of(), violation.getMessage());
    }

    /** The property nodes of a path (a method's and its parameters' nodes left out), with their list indexes. */
    private static Path path(jakarta.validation.Path propertyPath) {
        Path path = Path.root("request");
        for (Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) continue;
            if (node.getIndex() != null) path = path.index(node.getIndex());
            if (node.getName() != null) path = path.field(node.getName());
        }
        return path;
    }
}

package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.constraint.TextLimit;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.ResourceDirectory;
import dev.voicecampaign.core.violation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One check a {@link TextRule} runs on a present text, in declaration order, as data: {@link TextRule#check}
 * says what each finds and {@link TextRule#specs} how each is documented.
 */
sealed interface TextCheck {
    /**
     * Free text, stored as sent: no control character but tab and line breaks, no unpaired surrogate, not
     * blank unless the limit allows it, and at most its length in code points.
     */
    record Length(TextLimit limit) implements TextCheck {
    }

    /** One of the listed wire values, compared exactly. */
    record OneOf(List<String> values) implements TextCheck {
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** Matches {@code pattern} entirely; {@code name} is how messages and docs name the shape. */
    record Format(Pattern pattern, String name) implements TextCheck {
    }

    /** One specific value refused under its own code. */
    record Refuse(String value, String problem, String template) implements TextCheck {
    }

    /** A warning of {@code problem} when the value is anything but {@code expected}. */
    record WarnUnless(String expected, Problem problem, Object... arguments) implements TextCheck {
    }

    /** The name must exist in the stream's directory picked by {@code directory}. */
    record Exists(Function<Directories, ResourceDirectory> directory) implements TextCheck {
    }

    /** The problems the check can raise, for the spec. */
    default List<CodeSpec> problems() {
        return switch (this) {
            case Length l -> l.limit().blankAllowed() ? List.of(Problem.INVALID_CHARACTER.spec(), Problem.TOO_LONG.spec())
                    : List.of(Problem.INVALID_CHARACTER.spec(), Problem.BLANK.spec(), Problem.TOO_LONG.spec());
            case OneOf o -> List.of(Problem.NOT_ALLOWED.spec());
            case Format f -> List.of(Problem.FORMAT.spec());
            case Refuse r -> List.of(new CodeSpec(r.problem(), Severity.ERROR, r.template()));
            case WarnUnless w -> List.of(w.problem().spec());
            case Exists e -> List.of(Problem.NOT_FOUND.spec());
        };
    }

    /** Adds the check's limits to the spec being built. */
    default FieldSpec describe(FieldSpec spec) {
        return switch (this) {
            case Length l -> spec.withLength(l.limit().minLength(), l.limit().maxLength(), l.limit().blankAllowed());
            case OneOf o -> spec.withAllowed(o.values());
            case Format f -> spec.withFormat(f.name(), Optional.of(f.pattern().pattern()));
            case Refuse r -> spec;
            case WarnUnless w -> spec;
            case Exists e -> spec;
        };
    }
}

package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.constraint.TextLimit;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.ResourceDirectory;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Rules for a text field, declared in one line: {@code text().required().length(CampaignName.LIMIT)}.
 * Yields the text; {@link #parses} and {@link #zone} yield what the text names instead, and
 * {@link ValueRule#as} converts it. Immutable: each call returns a new rule.
 */
public final class TextRule implements ValueRule<String, String> {
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private final boolean required;
    private final List<TextCheck> checks;

    private TextRule(boolean required, List<TextCheck> checks) {
        this.required = required;
        this.checks = List.copyOf(checks);
    }

    public static TextRule text() {
        return new TextRule(false, List.of());
    }

    public TextRule required() {
        return new TextRule(true, checks);
    }

    private TextRule with(TextCheck check) {
        List<TextCheck> more = new ArrayList<>(checks);
        more.add(check);
        return new TextRule(required, more);
    }

    /** Not blank unless the limit allows it, at most the limit's length (in code points). */
    public TextRule length(TextLimit limit) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                if (!limit.blankAllowed() && v.isBlank()) return Optional.of(Violations.of(p, Problem.BLANK));
                if (limit.isTooLong(v)) {
                    return Optional.of(Violations.of(p, Problem.TOO_LONG, "max", limit.maxLength()));
                }
                return Optional.empty();
            }

            public List<CodeSpec> problems() {
                return limit.blankAllowed() ? List.of(Problem.TOO_LONG.spec()) : List.of(Problem.BLANK.spec(), Problem.TOO_LONG.spec());
            }

            public FieldSpec describe(FieldSpec s) {
                return s.withLength(limit.minLength(), limit.maxLength(), limit.blankAllowed());
            }
        });
    }

    /** One of the listed wire values, compared exactly (case matters). */
    public TextRule oneOf(List<String> allowed) {
        List<String> values = List.copyOf(allowed);
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return values.contains(v) ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.NOT_ALLOWED, "allowed", values));
            }

            public List<CodeSpec> problems() {
                return List.of(Problem.NOT_ALLOWED.spec());
            }

            public FieldSpec describe(FieldSpec s) {
                return s.withAllowed(values);
            }
        });
    }

    /** Matches {@code pattern} entirely; {@code formatName} is how messages and docs name the shape. */
    public TextRule format(Pattern pattern, String formatName) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return pattern.matcher(v).matches() ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.FORMAT, "format", formatName));
            }

            public List<CodeSpec> problems() {
                return List.of(Problem.FORMAT.spec());
            }

            public FieldSpec describe(FieldSpec s) {
                return s.withFormat(formatName, Optional.of(pattern.pattern()));
            }
        });
    }

    /**
     * The value {@code parser} reads from the text, after this rule's checks; a text it cannot read is a
     * {@code format} problem naming {@code formatName}. {@code shape} is the pattern docs and schemas
     * publish: every text the parser reads matches it, though it cannot say everything the parser does.
     */
    public <Q> ValueRule<String, Q> parses(Function<String, Optional<Q>> parser, String formatName, Pattern shape) {
        return new TextParsingRule<>(this, parser,
                (v, p) -> Violations.of(p, Problem.FORMAT, "format", formatName), Problem.FORMAT,
                s -> s.withFormat(formatName, Optional.of(shape.pattern())));
    }

    /** The time zone an IANA region id known to this JVM names, such as {@code Asia/Kolkata}. */
    public ValueRule<String, ZoneId> zone() {
        return new TextParsingRule<>(this, v -> ZONES.contains(v) ? Optional.of(ZoneId.of(v)) : Optional.empty(),
                (v, p) -> Violations.of(p, Problem.UNKNOWN_ZONE, "value", v), Problem.UNKNOWN_ZONE,
                s -> s.withFormat("IANA time zone", Optional.empty()));
    }

    /** One specific value gets its own error code (such as {@code sms} for {@code campaignType}). */
    public TextRule refuse(String value, String problem, String template) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return v.equals(value) ? Optional.of(Violations.of(p, Violations.code(p, problem), template, Severity.ERROR, "value", v))
                        : Optional.empty();
            }

            public List<CodeSpec> problems() {
                return List.of(new CodeSpec(problem, Severity.ERROR, template));
            }
        });
    }

    /** A warning of {@code problem} (which must be one that only informs) when the value is anything but {@code expected}. */
    public TextRule warnUnless(String expected, Problem problem, Object... arguments) {
        if (problem.severity() != Severity.WARNING) throw new IllegalArgumentException(problem + " is not a warning");
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return v.equals(expected) ? Optional.empty() : Optional.of(Violations.of(p, problem, arguments));
            }

            public List<CodeSpec> problems() {
                return List.of(problem.spec());
            }
        });
    }

    /** The name must exist in the stream's directory picked by {@code directory}. Runs after the shape checks. */
    public TextRule exists(Function<Directories, ResourceDirectory> directory) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return directory.apply(c.directories()).resolve(c.stream(), v).isPresent() ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.NOT_FOUND, "name", v));
            }

            public List<CodeSpec> problems() {
                return List.of(Problem.NOT_FOUND.spec());
            }
        });
    }

    @Override
    public String check(String value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) {
            if (required) out.add(Violations.of(path, Problem.REQUIRED));
            return null;
        }
        for (TextCheck c : checks) {
            if (!c.passes(value, path, context, out)) return null;
        }
        return value;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        FieldSpec spec = FieldSpec.of(name, ValueType.TEXT, description);
        if (required) spec = spec.asRequired();
        for (TextCheck c : checks) {
            spec = c.describe(spec);
            for (CodeSpec problem : c.problems()) spec = spec.withCode(problem);
        }
        return List.of(spec);
    }
}

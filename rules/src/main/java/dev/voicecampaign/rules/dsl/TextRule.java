package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.campaign.CallerId;
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
 * Rules for a text field, declared in one line:
 * {@code text().required().length(CampaignName.LIMIT)}. Immutable: each call returns a new rule.
 */
public final class TextRule implements ValueRule<String> {
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
                if (!limit.blankAllowed() && v.isBlank()) return Optional.of(Violations.of(p, Problem.BLANK, Severity.ERROR));
                if (limit.isTooLong(v)) {
                    return Optional.of(Violations.of(p, Problem.TOO_LONG, Severity.ERROR, "max", limit.maxLength()));
                }
                return Optional.empty();
            }

            public List<String> problems() {
                return limit.blankAllowed() ? List.of(Problem.TOO_LONG.key()) : List.of(Problem.BLANK.key(), Problem.TOO_LONG.key());
            }

            public FieldSpec describe(FieldSpec s) {
                return new FieldSpec(s.path(), s.type(), s.required(), s.condition(), Optional.of(limit.minLength()),
                        Optional.of(limit.maxLength()), limit.blankAllowed(), s.min(), s.max(), s.allowed(), s.format(),
                        s.pattern(), s.description(), s.codes());
            }
        });
    }

    /** One of the listed wire values, compared exactly (case matters). */
    public TextRule oneOf(List<String> allowed) {
        List<String> values = List.copyOf(allowed);
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return values.contains(v) ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.NOT_ALLOWED, Severity.ERROR, "allowed", values));
            }

            public List<String> problems() {
                return List.of(Problem.NOT_ALLOWED.key());
            }

            public FieldSpec describe(FieldSpec s) {
                return new FieldSpec(s.path(), s.type(), s.required(), s.condition(), s.minLength(), s.maxLength(),
                        s.blankAllowed(), s.min(), s.max(), values, s.format(), s.pattern(), s.description(), s.codes());
            }
        });
    }

    /** Matches {@code pattern} entirely; {@code formatName} is how messages and docs name the shape. */
    public TextRule format(Pattern pattern, String formatName) {
        return format(pattern, formatName, v -> pattern.matcher(v).matches());
    }

    /**
     * As {@link #format(Pattern, String)}, checked by {@code matches}, a faster test that accepts exactly
     * what {@code pattern} accepts ({@code pattern} is still what docs and schemas quote).
     */
    public TextRule format(Pattern pattern, String formatName, java.util.function.Predicate<String> matches) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return matches.test(v) ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.FORMAT, Severity.ERROR, "format", formatName));
            }

            public List<String> problems() {
                return List.of(Problem.FORMAT.key());
            }

            public FieldSpec describe(FieldSpec s) {
                return new FieldSpec(s.path(), s.type(), s.required(), s.condition(), s.minLength(), s.maxLength(),
                        s.blankAllowed(), s.min(), s.max(), s.allowed(), Optional.of(formatName),
                        Optional.of(pattern.pattern()), s.description(), s.codes());
            }
        });
    }

    /** Must be readable by {@code parser} (empty when not); a failure is a {@code format} problem named {@code formatName}. */
    public TextRule parses(Function<String, Optional<?>> parser, String formatName) {
        return parses(parser, formatName, Optional.empty());
    }

    /**
     * As {@link #parses(Function, String)}, where every readable value also matches {@code shape}: the
     * pattern is published (docs, JSON Schema) though it cannot say everything the parser does.
     */
    public TextRule parses(Function<String, Optional<?>> parser, String formatName, Pattern shape) {
        return parses(v -> shape.matcher(v).matches() ? parser.apply(v) : Optional.empty(), formatName, Optional.of(shape.pattern()));
    }

    private TextRule parses(Function<String, Optional<?>> parser, String formatName, Optional<String> shape) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return parser.apply(v).isPresent() ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.FORMAT, Severity.ERROR, "format", formatName));
            }

            public List<String> problems() {
                return List.of(Problem.FORMAT.key());
            }

            public FieldSpec describe(FieldSpec s) {
                return new FieldSpec(s.path(), s.type(), s.required(), s.condition(), s.minLength(), s.maxLength(),
                        s.blankAllowed(), s.min(), s.max(), s.allowed(), Optional.of(formatName), shape.or(s::pattern),
                        s.description(), s.codes());
            }
        });
    }

    /** An IANA region id known to this JVM's time-zone database, such as {@code Asia/Kolkata}. */
    public TextRule zone() {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return ZONES.contains(v) ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.UNKNOWN_ZONE, Severity.ERROR, "value", v));
            }

            public List<String> problems() {
                return List.of(Problem.UNKNOWN_ZONE.key());
            }

            public FieldSpec describe(FieldSpec s) {
                return new FieldSpec(s.path(), s.type(), s.required(), s.condition(), s.minLength(), s.maxLength(),
                        s.blankAllowed(), s.min(), s.max(), s.allowed(), Optional.of("IANA time zone"), s.pattern(),
                        s.description(), s.codes());
            }
        });
    }

    /** One specific value gets its own error code (such as {@code sms} for {@code campaignType}). */
    public TextRule refuse(String value, String problem, String template) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return v.equals(value) ? Optional.of(Violations.of(p, Violations.code(p, problem), template, Severity.ERROR, "value", v))
                        : Optional.empty();
            }

            public List<String> problems() {
                return List.of(problem);
            }
        });
    }

    /** A warning (not an error) when the value is anything but {@code expected}. */
    public TextRule warnUnless(String expected, Problem problem, Object... arguments) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return v.equals(expected) ? Optional.empty() : Optional.of(Violations.of(p, problem, Severity.WARNING, arguments));
            }

            public List<String> problems() {
                return List.of(problem.key());
            }
        });
    }

    /** The name must exist in the stream's directory picked by {@code directory}. Runs after the shape checks. */
    public TextRule exists(Function<Directories, ResourceDirectory> directory) {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return directory.apply(c.directories()).resolve(c.stream(), v).isPresent() ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.NOT_FOUND, Severity.ERROR, "name", v));
            }

            public List<String> problems() {
                return List.of(Problem.NOT_FOUND.key());
            }
        });
    }

    /** The (E.164) number must be a verified caller id of the stream. Runs after the shape checks. */
    public TextRule verifiedCallerId() {
        return with(new TextCheck() {
            public Optional<Violation> apply(String v, Path p, ValidationContext c) {
                return c.directories().callerIds().isVerified(c.stream(), new CallerId(v)) ? Optional.empty()
                        : Optional.of(Violations.of(p, Problem.NOT_VERIFIED, Severity.ERROR, "phoneNumber", v));
            }

            public List<String> problems() {
                return List.of(Problem.NOT_VERIFIED.key());
            }
        });
    }

    @Override
    public boolean check(String value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) return absent(path, out);
        for (TextCheck c : checks) {
            if (!c.passes(value, path, context, out)) return false;
        }
        return true;
    }

    /** The field is absent: a violation when it is required; false when that blocks it. */
    public boolean absent(Path path, List<Violation> out) {
        if (required) out.add(Violations.of(path, Problem.REQUIRED, Severity.ERROR));
        return !required;
    }

    @Override
    public List<FieldSpec> specs(String name, String description) {
        List<String> codes = new ArrayList<>();
        if (required) codes.add(Problem.REQUIRED.key());
        FieldSpec spec = new FieldSpec(name, ValueType.TEXT, required, Optional.empty(), Optional.empty(), Optional.empty(),
                true, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), description, List.of());
        for (TextCheck c : checks) {
            spec = c.describe(spec);
            codes.addAll(c.problems());
        }
        return List.of(withCodes(spec, codes));
    }

    static FieldSpec withCodes(FieldSpec s, List<String> codes) {
        return new FieldSpec(s.path(), s.type(), s.required(), s.condition(), s.minLength(), s.maxLength(), s.blankAllowed(),
                s.min(), s.max(), s.allowed(), s.format(), s.pattern(), s.description(), codes);
    }
}

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

    /**
     * Free text: no control character but tab and line breaks, no unpaired surrogate, not blank unless the
     * limit allows it, at most the limit's length (in code points).
     */
    public TextRule length(TextLimit limit) {
        return with(new TextCheck.Length(limit));
    }

    /** One of the listed wire values, compared exactly (case matters). */
    public TextRule oneOf(List<String> allowed) {
        return with(new TextCheck.OneOf(allowed));
    }

    /** Matches {@code pattern} entirely; {@code formatName} is how messages and docs name the shape. */
    public TextRule format(Pattern pattern, String formatName) {
        return with(new TextCheck.Format(pattern, formatName));
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
        return with(new TextCheck.Refuse(value, problem, template));
    }

    /** A warning of {@code problem} (which must be one that only informs) when the value is anything but {@code expected}. */
    public TextRule warnUnless(String expected, Problem problem, Object... arguments) {
        if (problem.severity() != Severity.WARNING) throw new IllegalArgumentException(problem + " is not a warning");
        return with(new TextCheck.WarnUnless(expected, problem, arguments));
    }

    /** The name must exist in the stream's directory picked by {@code directory}. Runs after the shape checks. */
    public TextRule exists(Function<Directories, ResourceDirectory> directory) {
        return with(new TextCheck.Exists(directory));
    }

    @Override
    public String check(String value, Path path, ValidationContext context, List<Violation> out) {
        if (value == null) {
            if (required) out.add(Violations.of(path, Problem.REQUIRED));
            return null;
        }
        for (int i = 0; i < checks.size(); i++) {
            Violation found = problem(checks.get(i), value, path, context);
            if (found != null) {
                out.add(found);
                if (found.isError()) return null;
            }
        }
        return value;
    }

    /** The control characters free text refuses, as a regex class (for schemas); {@link #firstInvalidCharacter} is its check. */
    public static final String CONTROL_CHARACTERS = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]";

    /**
     * The index of the first char no free text (a text with a length limit) stores, or -1: a control character other than tab, line feed
     * and carriage return (C0, DEL, C1), or half of a surrogate pair without its other half.
     */
    private static int firstInvalidCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) continue;
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) return i;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) i++;
                else return i;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What {@code check} finds wrong with a present {@code value}, or null. */
    private static Violation problem(TextCheck check, String value, Path path, ValidationContext context) {
        return switch (check) {
            case TextCheck.Length(TextLimit limit) -> {
                int invalid = firstInvalidCharacter(value);
                if (invalid >= 0) {
                    yield Violations.of(path, Problem.INVALID_CHARACTER, "character", String.format("U+%04X", (int) value.charAt(invalid)),
                            "index", invalid);
                }
                if (!limit.blankAllowed() && TextLimit.isBlank(value)) yield Violations.of(path, Problem.BLANK);
                yield limit.isTooLong(value) ? Violations.of(path, Problem.TOO_LONG, "max", limit.maxLength()) : null;
            }
            case TextCheck.OneOf(List<String> values) ->
                    values.contains(value) ? null : Violations.of(path, Problem.NOT_ALLOWED, "allowed", values);
            case TextCheck.Format(Pattern pattern, String name) ->
                    pattern.matcher(value).matches() ? null : Violations.of(path, Problem.FORMAT, "format", name);
            case TextCheck.Refuse(String refused, String problem, String template) -> value.equals(refused)
                    ? Violations.of(path, Violations.code(path, problem), template, Severity.ERROR, "value", value) : null;
            case TextCheck.WarnUnless(String expected, Problem problem, Object[] arguments) ->
                    value.equals(expected) ? null : Violations.of(path, problem, arguments);
            case TextCheck.Exists(Function<Directories, ResourceDirectory> directory) ->
                    directory.apply(context.directories()).resolve(context.stream(), value).isPresent() ? null
                            : Violations.of(path, Problem.NOT_FOUND, "name", value);
        };
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

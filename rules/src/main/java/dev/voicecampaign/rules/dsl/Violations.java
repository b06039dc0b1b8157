package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds violations the one way every rule does: the code is {@code campaign.} plus the path
 * without list indices plus the problem; the message fills the template with the arguments.
 */
public final class Violations {
    public static final String PREFIX = "campaign";

    private Violations() {
    }

    /** {@code campaign.dialingStrategy.callingHours.days.start.format} for {@code days[2].start} and {@code format}. */
    public static String code(Path path, String problem) {
        StringBuilder code = new StringBuilder(64).append(PREFIX);
        for (Path.Segment s : path.segments()) {
            if (s instanceof Path.Segment.Field f) code.append('.').append(f.name());
        }
        return code.append('.').append(problem).toString();
    }

    public static Violation of(Path path, Problem problem, Severity severity, Object... keysAndValues) {
        int h = (System.identityHashCode(path) * 0x9E3779B1 + problem.ordinal()) * 31 + severity.ordinal();
        int slot = (h ^ (h >>> 16)) & (MADE_SIZE - 1);
        Made known = MADE[slot];
        if (known != null && known.path() == path && known.problem() == problem && known.severity() == severity
                && java.util.Arrays.equals(known.keysAndValues(), keysAndValues)) {
            return known.violation();
        }
        Violation made = of(path, code(path, problem), problem.template(), severity, keysAndValues);
        MADE[slot] = new Made(path, problem, severity, keysAndValues, made);
        return made;
    }

    /*
     * Violations made recently, by everything they are made from: a violation is a pure function of its path,
     * problem, severity and arguments, and the same fields fail the same way again and again (a client with a
     * bad habit), so an equal violation made before is handed out again instead of rendering its message and
     * copying its arguments. A small lossy table of immutable entries, as Path's own; the arguments are
     * compared whole, so a value that differs (a name not found, a zone) simply makes a new one.
     */
    private record Made(Path path, Problem problem, Severity severity, Object[] keysAndValues, Violation violation) {
    }

    private static final int MADE_SIZE = 1 << 9;
    private static final Made[] MADE = new Made[MADE_SIZE];

    /*
     * Codes made recently, by path (identity: paths are shared, see Path.field) and problem. A small
     * lossy table of immutable entries, as Path's own: the same fields fail the same way again and again.
     */
    private record KnownCode(Path path, Problem problem, String code) {
    }

    private static final int CODES_SIZE = 1 << 9;
    private static final KnownCode[] CODES = new KnownCode[CODES_SIZE];

    private static String code(Path path, Problem problem) {
        int h = System.identityHashCode(path) * 0x9E3779B1 + problem.ordinal();
        int slot = (h ^ (h >>> 16)) & (CODES_SIZE - 1);
        KnownCode known = CODES[slot];
        if (known != null && known.path() == path && known.problem() == problem) return known.code();
        String code = code(path, problem.key());
        CODES[slot] = new KnownCode(path, problem, code);
        return code;
    }

    /** A violation with its own code and template, for cross-field rules. */
    public static Violation of(Path path, String code, String template, Severity severity, Object... keysAndValues) {
        Map<String, Object> arguments;
        if (keysAndValues.length == 0) {
            arguments = Map.of();
        } else if (keysAndValues.length == 2) {
            arguments = Map.of((String) keysAndValues[0], keysAndValues[1]);
        } else {
            arguments = new LinkedHashMap<>(4);
            for (int i = 0; i < keysAndValues.length; i += 2) arguments.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Violation(path, code, arguments, render(template, arguments), severity);
    }

    /** Fills {@code {name}} placeholders (a name without an argument stays as written); lists render as {@code a, b, c}. */
    public static String render(String template, Map<String, Object> arguments) {
        int open = template.indexOf('{');
        if (open < 0 || arguments.isEmpty()) return template;
        StringBuilder message = new StringBuilder(template.length() + 16);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) break;
            for (Map.Entry<String, Object> argument : arguments.entrySet()) {
                String name = argument.getKey();
                if (name.length() == close - open - 1 && template.startsWith(name, open + 1)) {
                    message.append(template, from, open);
                    appendValue(message, argument.getValue());
                    from = close + 1;
                    break;
                }
            }
            open = template.indexOf('{', close + 1);
        }
        return message.append(template, from, template.length()).toString();
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (!(value instanceof java.util.Collection<?> values)) {
            out.append(value);
            return;
        }
        boolean first = true;
        for (Object v : values) {
            if (!first) out.append(", ");
            out.append(v);
            first = false;
        }
    }
}

package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds violations the one way every rule does: the code is the path's namespace ({@code campaign})
 * plus the path without list indices plus the problem; the message fills the template with the arguments.
 */
public final class Violations {

    private Violations() {
    }

    /** {@code campaign.dialingStrategy.callingHours.days.start.format} for {@code days[2].start} and {@code format}. */
    public static String code(Path path, String problem) {
        StringBuilder code = new StringBuilder(64).append(path.namespace());
        for (Path.Segment s : path.segments()) {
            if (s instanceof Path.Segment.Field f) code.append('.').append(f.name());
        }
        return code.append('.').append(problem).toString();
    }

    /** A violation of {@code problem}, with its severity and template, at {@code path}. */
    public static Violation of(Path path, Problem problem, Object... keysAndValues) {
        return of(path, code(path, problem.key()), problem.template(), problem.severity(), keysAndValues);
    }

    /** Whether any of the violations added to {@code out} from index {@code before} on is an error. */
    public static boolean anyError(List<Violation> out, int before) {
        for (int i = before; i < out.size(); i++) {
            if (out.get(i).isError()) return true;
        }
        return false;
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

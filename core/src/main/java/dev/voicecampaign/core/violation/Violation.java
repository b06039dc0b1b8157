package dev.voicecampaign.core.violation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in a draft: where ({@link Path}), what (a stable dotted {@code code} such as
 * {@code campaign.name.tooLong}, safe to switch on and to translate), the {@code arguments} the
 * message uses (the limit, the allowed values; in a stable order), a default English message, and
 * whether it blocks ({@link Severity}). Immutable.
 */
public record Violation(Path path, String code, Map<String, Object> arguments, String message, Severity severity) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        // A map of one entry has its order whatever its kind; Map.copyOf keeps an immutable one as it is.
        arguments = arguments.size() <= 1 ? Map.copyOf(arguments) : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    public static Violation error(Path path, String code, Map<String, Object> arguments, String message) {
        return new Violation(path, code, arguments, message, Severity.ERROR);
    }

    public static Violation warning(Path path, String code, Map<String, Object> arguments, String message) {
        return new Violation(path, code, arguments, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + (path.isRoot() ? "(root)" : path) + " " + code + " " + arguments + ": " + message;
    }
}

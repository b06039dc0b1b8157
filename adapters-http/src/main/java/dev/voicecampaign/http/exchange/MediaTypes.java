package dev.voicecampaign.http.exchange;

import java.util.Locale;
import java.util.Optional;

/** Reads a {@code Content-Type} this server accepts: a type in UTF-8, that is with no charset or {@code charset=utf-8}. */
public final class MediaTypes {
    private MediaTypes() {
    }

    /** JSON (RFC 8259): {@code application/json} or an {@code application/...+json} type, in UTF-8. */
    public static boolean isJson(Optional<String> contentType) {
        return utf8Type(contentType).filter(type -> type.equals("application/json")
                || type.startsWith("application/") && type.endsWith("+json")).isPresent();
    }

    /** {@code text/csv} in UTF-8. */
    public static boolean isCsv(Optional<String> contentType) {
        return utf8Type(contentType).filter("text/csv"::equals).isPresent();
    }

    /** The type without its parameters, lower case, when the charset (if any) is UTF-8. */
    private static Optional<String> utf8Type(Optional<String> contentType) {
        if (contentType.isEmpty()) return Optional.empty();
        String[] parts = contentType.get().toLowerCase(Locale.ROOT).split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) return Optional.empty();
        }
        return Optional.of(parts[0].strip());
    }
}

package dev.voicecampaign.http.api;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a request, answered in {@code X-Request-Id} and written in its log lines and problem document: the client's
 * own when it sent a sane one (1 to 64 of letters, digits, {@code .}, {@code _} and {@code -}), else a new random UUID.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    static String of(Optional<String> sent) {
        return sent.filter(id -> SANE.matcher(id).matches()).orElseGet(() -> UUID.randomUUID().toString());
    }
}

package dev.voicecampaign.http.api;

import dev.voicecampaign.http.exchange.Headers;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A campaign's stored version as an HTTP entity tag ({@code ETag: "7"}), and the version an {@code If-Match}
 * request expects. Decisions: the tag is strong and the same for both dialects (it names the stored version,
 * not the bytes); {@code If-Match} is optional (the seeds' plain PUT keeps working); it must be {@code *} or
 * one strong tag as sent, since a list or a weak tag ({@code W/"7"}) cannot name one version to expect.
 */
final class VersionTags {
    private static final Pattern ONE_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private VersionTags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version {@code If-Match} expects (empty when absent or {@code *}), or why the header cannot be used. */
    static Either<String, OptionalLong> expected(Headers headers) {
        List<String> sent = headers.values().get("If-Match");
        if (sent == null || sent.isEmpty()) return Either.right(OptionalLong.empty());
        String value = String.join(",", sent).strip();
        if (value.equals("*")) return Either.right(OptionalLong.empty());
        var tag = ONE_TAG.matcher(value);
        if (tag.matches()) return Either.right(OptionalLong.of(Long.parseLong(tag.group(1))));
        return Either.left("If-Match must be * or one entity tag as the ETag header gave it, such as \"3\"");
    }
}

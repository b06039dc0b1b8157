package dev.voicecampaign.docs.model;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.draft.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One request shape the docs describe: a dialing mode in one dialect ({@code preview-v2}). */
public record ModeDialect(DialingMode mode, Dialect dialect) {
    /** Every mode in both dialects, v2 first, in the order the docs list them. */
    public static List<ModeDialect> all() {
        return Arrays.stream(Dialect.values()).sorted((a, b) -> b.compareTo(a))
                .flatMap(d -> Arrays.stream(DialingMode.values()).map(m -> new ModeDialect(m, d))).toList();
    }

    /** File-name form, such as {@code agentless-v2}. */
    public String slug() {
        return mode.wireName().toLowerCase(Locale.ROOT) + "-" + dialectName();
    }

    /** {@code v1} or {@code v2}. */
    public String dialectName() {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return mode.wireName() + " (" + dialectName() + ")";
    }
}

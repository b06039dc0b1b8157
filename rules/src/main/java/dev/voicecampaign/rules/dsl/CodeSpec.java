package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.violation.Severity;

/**
 * A problem a field can report, as data: its code's last part ({@code tooLong}), whether it blocks, and the
 * message template its arguments fill. The code catalogue and the docs read it; nothing writes it again.
 */
public record CodeSpec(String key, Severity severity, String template) {
}

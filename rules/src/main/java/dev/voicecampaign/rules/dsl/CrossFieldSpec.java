package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.violation.Severity;
import java.util.Optional;

/** A rule that looks at several fields together, as data: its code, severity, what it checks, and when it applies. */
public record CrossFieldSpec(String code, Severity severity, String description, Optional<String> condition) {
    public CrossFieldSpec when(String outer) {
        return new CrossFieldSpec(code, severity, description, Optional.of(condition.map(c -> outer + " and " + c).orElse(outer)));
    }
}

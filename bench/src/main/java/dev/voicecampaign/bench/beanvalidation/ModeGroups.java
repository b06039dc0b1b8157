package dev.voicecampaign.bench.beanvalidation;

import jakarta.validation.groups.Default;

/**
 * Validation groups for the fields one dialing mode requires: the caller validates
 * {@code Default} plus the group of the body's {@code dialingMode}, the standard way to express a
 * condition Bean Validation has no annotation for.
 */
public final class ModeGroups {
    /** Agentless: experience flow and machine detection required. */
    public interface Agentless {
    }

    /** Progressive: queue required. */
    public interface Progressive {
    }

    /** Preview: queue and maxSkips required. */
    public interface Preview {
    }

    private static final Class<?>[] DEFAULT = {Default.class};
    private static final Class<?>[] AGENTLESS = {Default.class, Agentless.class};
    private static final Class<?>[] PROGRESSIVE = {Default.class, Progressive.class};
    private static final Class<?>[] PREVIEW = {Default.class, Preview.class};

    private ModeGroups() {
    }

    /** The groups to validate a body of {@code dialingMode} with (only the default group when unknown). */
    public static Class<?>[] forMode(String dialingMode) {
        if (dialingMode == null) return DEFAULT;
        return switch (dialingMode) {
            case "Agentless" -> AGENTLESS;
            case "Progressive" -> PROGRESSIVE;
            case "Preview" -> PREVIEW;
            default -> DEFAULT;
        };
    }
}

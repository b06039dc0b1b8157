package dev.voicecampaign.rules.decision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a call is refused now or for good: a stable dotted code ({@code decision.callingHours.closed}) and a
 * message for people, like the rules' violations. A reason is data: equal reasons have equal codes and messages.
 */
public sealed interface Reason {
    String code();

    String message();

    /** A reason worded when it was made. */
    static Reason of(String code, String message) {
        return new Stated(code, message);
    }

    /** A reason with its message as made. */
    record Stated(String code, String message) implements Reason {
        public Stated {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * {@code at}, read in {@code zone}, is outside the hours of {@code rule} (the campaign's, or a pack's title).
     * Worded only when asked: reading the local time costs about half a decision (CallDecisionBenchmark), and a dialer or
     * the {@code callable} command reads only the code.
     */
    record OutsideHours(String code, String rule, ZoneId zone, Instant at) implements Reason {
        private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

        public OutsideHours {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String message() {
            return LOCAL_TIME.format(LocalDateTime.ofInstant(at, zone)) + " in " + zone.getId() + " is outside " + rule;
        }
    }
}

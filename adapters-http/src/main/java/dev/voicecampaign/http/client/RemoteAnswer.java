package dev.voicecampaign.http.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a remote API answered to a request about lists or callbacks: the value, a refusal, or a failure to get an answer. */
public sealed interface RemoteAnswer<T> {
    /** Accepted, with the value the answer carries. */
    record Ok<T>(T value) implements RemoteAnswer<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Refused: the status, the detail, each problem listed (pointer, code, message) and, for a call the campaign may not
     * place then, the next instant it may.
     */
    record Rejected<T>(int status, String detail, List<RemoteResult.Problem> problems, Optional<Instant> nextAllowedAt) implements RemoteAnswer<T> {
        public Rejected {
            problems = List.copyOf(problems);
            Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
        }
    }

    /** The remote could not be reached or answered something this client cannot read. */
    record Failed<T>(String reason) implements RemoteAnswer<T> {
    }
}

package dev.voicecampaign.core.port;

/**
 * The store behind a driven port could not be used: unreachable, refused the connection, or held
 * something it could not read back. Not an outcome of the request (those are {@link SaveOutcome}s):
 * the caller cannot fix it, so hosts answer it as a server-side failure, without details.
 */
public final class StorageFailure extends RuntimeException {
    public StorageFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.voicecampaign.http.server;

/** An input file a command cannot use (unreadable, malformed, a value out of place): its message names the file and line. */
final class BadInput extends Exception {
    BadInput(String message) {
        super(message);
    }
}

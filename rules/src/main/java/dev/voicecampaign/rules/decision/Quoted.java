package dev.voicecampaign.rules.decision;

/** Input as a message quotes it: a long text cut to its first 40 characters, so that no message echoes a huge value. */
public final class Quoted {
    private static final int SHOWN = 40;

    private Quoted() {
    }

    public static String of(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    }
}

package dev.voicecampaign.http.api;

/**
 * What a problem's detail may repeat of the client's input (a path, an id, a query value): at most
 * {@value #LIMIT} characters, control characters and other invisible ones written as {@code \}{@code uXXXX},
 * and, when cut, the full length. An answer never grows with what was sent, and never carries bytes a
 * terminal or log viewer would act on.
 */
final class Echo {
    static final int LIMIT = 64;

    private Echo() {
    }

    static String of(String input) {
        if (input == null) return "(none)";
        StringBuilder out = new StringBuilder(Math.min(input.length(), LIMIT) + 24);
        int shown = 0;
        for (int i = 0; i < input.length() && shown < LIMIT; i++, shown++) {
            char c = input.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < input.length()) out.append("… (").append(input.length()).append(" characters)");
        return out.toString();
    }
}

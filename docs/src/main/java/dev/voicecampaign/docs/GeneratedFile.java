package dev.voicecampaign.docs;

/** One file of the generated reference: its path under {@code docs/reference/} and its text. */
public record GeneratedFile(String path, String content) {
    public GeneratedFile {
        if (path.startsWith("/") || path.contains("..")) throw new IllegalArgumentException("path must stay inside the reference: " + path);
    }
}

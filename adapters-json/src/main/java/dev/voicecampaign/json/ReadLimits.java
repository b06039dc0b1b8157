package dev.voicecampaign.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits every request body is read under, set explicitly rather than inherited from Jackson's
 * defaults: a campaign body is a few kilobytes, so these leave ample room while keeping hostile input cheap.
 */
public final class ReadLimits {
    /** Largest body, in bytes (also the HTTP adapter's 413 threshold). */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    public static final int MAX_NAME_LENGTH = 256;
    /** Not a setting: a number's exponent must fit BigDecimal's scale (an int), or the body is refused with this limit. */
    public static final String NUMBER_EXPONENT = "number exponent range";

    private ReadLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build();
    }
}

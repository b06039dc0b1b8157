package dev.voicecampaign.core.campaign;

import java.util.Objects;

/** The id a directory gives a named resource, such as {@code cl-…} for lists or {@code cf-…} for flows. */
public record ResourceId(String value) {
    public ResourceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("blank resource id");
    }

    @Override
    public String toString() {
        return value;
    }
}

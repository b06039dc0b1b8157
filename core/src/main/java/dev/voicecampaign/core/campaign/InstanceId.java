package dev.voicecampaign.core.campaign;

import java.util.Objects;

/** One run of a campaign: a new instance starts on the first play and on every rerun. */
public record InstanceId(String value) {
    public InstanceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("blank instance id");
    }

    @Override
    public String toString() {
        return value;
    }
}

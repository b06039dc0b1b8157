package dev.voicecampaign.rules.dsl;

/**
 * A field declared in a rule set, as its builder finds it: {@code values.get(field)} is the field's parsed
 * value (null when it was absent and optional, or when its condition did not hold).
 */
public record Field<P>(int slot) {
}

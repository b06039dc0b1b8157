package dev.voicecampaign.rules.dsl;

/** The JSON type a field takes on the wire, as docs and schemas show it. */
public enum ValueType {
    TEXT("string"), INTEGER("integer"), BOOLEAN("boolean"), OBJECT("object"), LIST("array");

    private final String jsonType;

    ValueType(String jsonType) {
        this.jsonType = jsonType;
    }

    public String jsonType() {
        return jsonType;
    }
}

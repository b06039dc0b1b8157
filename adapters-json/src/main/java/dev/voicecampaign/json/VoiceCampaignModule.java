package dev.voicecampaign.json;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.violation.Violation;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Lets a host's own Jackson 3 {@code JsonMapper} read and write this project's types in the
 * documented wire format of one dialect, through the same reader and writers the reference server
 * uses (no second mapping):
 * <ul>
 *   <li>{@link CampaignDraft} is read by {@link DraftReader}; a body it cannot read throws
 *       {@link CampaignReadException} with every violation, not only the first. The reader's
 *       warnings (unknown fields) are not kept on this path: call {@link DraftReader#read} for them.</li>
 *   <li>{@link Campaign} is written as a create or update request body ({@link RequestWriter});</li>
 *   <li>{@link StoredCampaign} as the {@code data} object of the server's answers;</li>
 *   <li>{@link Violation} as one entry of a problem's {@code errors};</li>
 *   <li>{@link Rejection} as the 400 problem document.</li>
 * </ul>
 * Register it with {@code JsonMapper.builder().addModule(new VoiceCampaignModule()).build()}. What it
 * writes ignores the host's naming strategy and inclusion settings: the wire format is fixed.
 */
public final class VoiceCampaignModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private final Dialect dialect;

    /** The current API, v2. */
    public VoiceCampaignModule() {
        this(Dialect.V2);
    }

    public VoiceCampaignModule(Dialect dialect) {
        super("VoiceCampaignModule");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        addDeserializer(CampaignDraft.class, new DraftDeserializer(dialect));
        addSerializer(Campaign.class, new Writer<>(Campaign.class, (c, g) -> g.writeTree(RequestWriter.body(c, dialect))));
        addSerializer(StoredCampaign.class, new Writer<>(StoredCampaign.class, (c, g) -> ResponseWriter.storedCampaign(g, c, dialect)));
        addSerializer(Violation.class, new Writer<>(Violation.class, (v, g) -> g.writeTree(ProblemWriter.entry(v))));
        addSerializer(Rejection.class, new Writer<>(Rejection.class, (r, g) -> g.writeTree(r.problem())));
    }

    /** The dialect this module reads and writes. */
    public Dialect dialect() {
        return dialect;
    }

    /** How one type is written. */
    private interface Write<T> {
        void write(T value, JsonGenerator g);
    }

    private static final class Writer<T> extends StdSerializer<T> {
        private final transient Write<T> write;

        Writer(Class<T> type, Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            write.write(value, g);
        }
    }

    /** Hands the value's tokens, as sent (repeated keys included), to the project's reader. */
    private static final class DraftDeserializer extends StdDeserializer<CampaignDraft> {
        private final Dialect dialect;

        DraftDeserializer(Dialect dialect) {
            super(CampaignDraft.class);
            this.dialect = dialect;
        }

        @Override
        public CampaignDraft deserialize(JsonParser p, DeserializationContext context) {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            try (JsonGenerator g = JsonTreeReader.MAPPER.createGenerator(copy)) {
                g.copyCurrentStructure(p);
            }
            ReadResult<CampaignDraft> read = DraftReader.read(copy.toByteArray(), dialect);
            if (read.hasErrors() || read.draft().isEmpty()) throw new CampaignReadException(p, read.violations());
            return read.draft().get();
        }
    }
}

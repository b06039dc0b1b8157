package dev.voicecampaign.spring;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.inmemory.StreamResourceNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code voicecampaign.*} settings of the starter.
 *
 * @param streams          each stream's (app's) names that campaigns may refer to, keyed by stream id, as in
 *                         {@code voicecampaign.streams.app-1.contact-lists=Spring leads,Autumn leads}; ignored
 *                         when the application declares its own {@code Directories} bean
 * @param validationStream the stream whose names {@code @ValidCampaign} checks; without it only the shape of a
 *                         draft is checked there, and names are checked when a use case runs
 * @param migrate          whether the starter brings the application's database to the campaign schema at start
 *                         (Flyway, {@code classpath:db/migration}); true unless set
 */
@ConfigurationProperties("voicecampaign")
public record VoiceCampaignProperties(Map<String, StreamNames> streams, String validationStream, Boolean migrate) {
    public VoiceCampaignProperties {
        streams = streams == null ? Map.of() : Map.copyOf(streams);
    }

    /** Whether to migrate the schema at start. */
    public boolean migrates() {
        return migrate == null || migrate;
    }

    /** The stream {@code @ValidCampaign} checks names in, if one is set. */
    public Optional<StreamId> validationStreamId() {
        return validationStream == null || validationStream.isBlank() ? Optional.empty() : Optional.of(new StreamId(validationStream));
    }

    /** Every stream's names, for the in-memory directories. */
    public List<StreamResourceNames> resourceNames() {
        return streams.entrySet().stream().map(e -> e.getValue().of(new StreamId(e.getKey()))).toList();
    }

    /** One stream's names; each list may be left out. */
    public record StreamNames(List<String> contactLists, List<String> dncLists, List<String> queues,
                              List<String> experienceFlows, List<String> callerIds) {
        StreamResourceNames of(StreamId stream) {
            return new StreamResourceNames(stream, orEmpty(contactLists), orEmpty(dncLists), orEmpty(queues),
                    orEmpty(experienceFlows), orEmpty(callerIds));
        }

        private static List<String> orEmpty(List<String> names) {
            return names == null ? List.of() : names;
        }
    }
}

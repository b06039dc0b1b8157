package dev.voicecampaign.http.auth;

import dev.voicecampaign.core.campaign.StreamId;
import java.util.List;
import java.util.Objects;

/**
 * One app (tenant) of the server: its stream, account, the credentials its tokens are signed with,
 * and the names its directories know.
 */
public record AppConfig(StreamId streamId, String accountId, String clientId, String clientSecret, List<String> contactLists,
                        List<String> dncLists, List<String> queues, List<String> experienceFlows, List<String> callerIds) {
    public AppConfig {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        contactLists = List.copyOf(contactLists);
        dncLists = List.copyOf(dncLists);
        queues = List.copyOf(queues);
        experienceFlows = List.copyOf(experienceFlows);
        callerIds = List.copyOf(callerIds);
    }

    @Override
    public String toString() {
        return "AppConfig[" + streamId + ", account " + accountId + ", client " + clientId + "]";
    }
}

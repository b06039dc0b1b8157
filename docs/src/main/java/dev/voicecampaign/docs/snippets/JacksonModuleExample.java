package dev.voicecampaign.docs.snippets;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.json.CampaignReadException;
import dev.voicecampaign.json.VoiceCampaignModule;
import tools.jackson.databind.json.JsonMapper;

/** The getting-started page's example of a host's own Jackson mapper, shown verbatim there and run by a test. */
public final class JacksonModuleExample {
    private JacksonModuleExample() {
    }

    public static String read(String body) {
        JsonMapper mapper = JsonMapper.builder().addModule(new VoiceCampaignModule()).build();  // your own mapper, v2
        try {
            CampaignDraft draft = mapper.readValue(body, CampaignDraft.class);
            return "read " + draft.name();                     // then validate it, as above
        } catch (CampaignReadException e) {
            return mapper.writeValueAsString(e.rejection());   // the 400 problem the server answers
        }
    }
}

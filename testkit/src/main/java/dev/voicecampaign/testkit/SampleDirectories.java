package dev.voicecampaign.testkit;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.inmemory.InMemoryCallerIdRegistry;
import dev.voicecampaign.core.inmemory.InMemoryResourceDirectory;
import dev.voicecampaign.core.port.Directories;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * In-memory directories that know every name the seeds' samples use (masked caller ids completed
 * with digits) plus a pool of generated contact lists, so generated drafts always resolve.
 */
public final class SampleDirectories {
    public static final List<String> CONTACT_LISTS = Stream.concat(
            Stream.of("CL Only 2020 Dec 4", "Recent Buyers - Q2 2025"),
            IntStream.rangeClosed(1, (int) ContactLists.COUNT.max() + 20).mapToObj(i -> "List " + i)).toList();
    public static final List<String> DNC_LISTS = List.of("DNC CL Dec 4", "DNC Global");
    public static final List<String> QUEUES = List.of("Default Queue", "Billing Queue");
    public static final List<String> EXPERIENCE_FLOWS = List.of("Voice Survey Entry Flow", "Reminder Flow");
    /** The seeds' caller ids with their masked digits replaced, and one more. */
    public static final List<String> CALLER_IDS = List.of("+14846512345", "+18163312345", "+18123456789", "+442071234567");
    /** A well-formed number that is not verified in the sample directories. */
    public static final String UNVERIFIED_CALLER_ID = "+15550000000";
    /** A well-formed number verified in the sample directories that no region assigns (area code 555): a warning. */
    public static final String UNASSIGNED_CALLER_ID = "+15550100123";

    private SampleDirectories() {
    }

    /** Directories holding every sample name for {@code stream}, with ids shaped like the hosted API's. */
    public static Directories forStream(StreamId stream) {
        InMemoryCallerIdRegistry callerIds = new InMemoryCallerIdRegistry();
        CALLER_IDS.forEach(n -> callerIds.verify(stream, new CallerId(n)));
        callerIds.verify(stream, new CallerId(UNASSIGNED_CALLER_ID));
        return new Directories(directory(stream, CONTACT_LISTS, "cl-"), directory(stream, DNC_LISTS, "cl-dnc-"),
                directory(stream, QUEUES, "qu-"), directory(stream, EXPERIENCE_FLOWS, "cf-"), callerIds);
    }

    private static InMemoryResourceDirectory directory(StreamId stream, List<String> names, String idPrefix) {
        InMemoryResourceDirectory directory = new InMemoryResourceDirectory();
        for (int i = 0; i < names.size(); i++) directory.put(stream, names.get(i), new ResourceId(idPrefix + (i + 1)));
        return directory;
    }
}

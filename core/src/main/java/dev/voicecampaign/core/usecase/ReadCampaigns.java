package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.ListRequestDraft;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Driving port: find one campaign, or list a page of them. Reads only. */
public interface ReadCampaigns {
    Optional<StoredCampaign> get(StreamId stream, CampaignId id);

    /** The campaign named {@code name}, compared as the unique-name rule compares names. */
    Optional<StoredCampaign> findByName(StreamId stream, String name);

    /** The page a list request asks for, or every violation of the request (with the reader's {@code boundary} ones). */
    Validation<Seq<Violation>, Page<StoredCampaign>> list(StreamId stream, ListRequestDraft request, Seq<Violation> boundary);

    /** The page a query already checked asks for. */
    Page<StoredCampaign> list(StreamId stream, CampaignQuery query);

    /**
     * Every campaign {@code query} matches, in its order, read page by page (each from the last one's position) before
     * the caller changes any: for work that goes through all of them, such as the schedule ticker's.
     */
    default List<StoredCampaign> listAll(StreamId stream, CampaignQuery query) {
        int pageSize = (int) CampaignQuery.LIMIT.max();
        List<StoredCampaign> all = new ArrayList<>();
        for (CampaignQuery window = query.page(0, pageSize); ; ) {
            Page<StoredCampaign> page = list(stream, window);
            all.addAll(page.items());
            if (page.next().isEmpty()) return all;
            window = query.after(page.next().get(), pageSize);
        }
    }
}

package dev.voicecampaign.jdbc;

import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.CallbackRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The core's callback contract on a database. */
abstract class JdbcCallbackRepositoryContract extends CallbackRepositoryContract {
    private CampaignDatabase database;

    /** A target holding nothing yet. */
    protected abstract DatabaseTarget emptyTarget();

    @Override
    protected final CallbackRepository emptyRepository() {
        database = CampaignDatabase.open(emptyTarget());
        return database.callbacks();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) database.close();
    }
}

package dev.voicecampaign.jdbc;

/** The callback contract on a real PostgreSQL server, a new database per test. */
class PostgresCallbackRepositoryTest extends JdbcCallbackRepositoryContract {
    @Override
    protected DatabaseTarget emptyTarget() {
        return TestPostgres.shared().newDatabase();
    }
}

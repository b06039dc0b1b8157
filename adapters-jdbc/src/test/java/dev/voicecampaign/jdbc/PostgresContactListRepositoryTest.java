package dev.voicecampaign.jdbc;

/** The contact list contract on a real PostgreSQL server, a new database per test. */
class PostgresContactListRepositoryTest extends JdbcContactListRepositoryContract {
    @Override
    protected DatabaseTarget emptyTarget() {
        return TestPostgres.shared().newDatabase();
    }
}

package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresqlWithMigrationsApplied() {
        String version = jdbc.sql("select current_setting('server_version_num')").query(String.class).single();
        assertThat(Integer.parseInt(version)).isGreaterThanOrEqualTo(170000);
        Integer sessions = jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
        assertThat(sessions).isNotNull();
    }
}

package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A second checkout started beside a running one never works on the first one's database. */
class SecondInstanceTest {

    @Test
    void aSecondServerOnATakenPortStopsWithAClearMessageInsteadOfUsingTheOtherDatabase(@TempDir Path first,
                                                                                        @TempDir Path second)
            throws Exception {
        try (EmbeddedPostgresLauncher.Running running = new EmbeddedPostgresLauncher(first, 0).start()) {
            int taken = running.port();
            assertThatThrownBy(() -> new EmbeddedPostgresLauncher(second, taken).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another PostgreSQL server answers on port " + taken)
                    .hasMessageContaining(first.resolve("pg").toRealPath().toString());
            assertThat(dataDirectory(running)).isEqualTo(first.resolve("pg").toRealPath().toString());
        }
    }

    @Test
    void twoInstancesOnFreePortsEachReachTheirOwnData(@TempDir Path first, @TempDir Path second) throws Exception {
        try (EmbeddedPostgresLauncher.Running a = new EmbeddedPostgresLauncher(first, 0).start();
             EmbeddedPostgresLauncher.Running b = new EmbeddedPostgresLauncher(second, 0).start()) {
            assertThat(a.port()).isNotEqualTo(b.port());
            assertThat(dataDirectory(a)).isEqualTo(first.resolve("pg").toRealPath().toString());
            assertThat(dataDirectory(b)).isEqualTo(second.resolve("pg").toRealPath().toString());
        }
    }

    @Test
    void theDefaultConfigurationAsksForAnyFreePort() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("app.embedded-db.port")).isEqualTo("0");
    }

    private static String dataDirectory(EmbeddedPostgresLauncher.Running running) throws Exception {
        try (Connection c = DriverManager.getConnection(running.jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

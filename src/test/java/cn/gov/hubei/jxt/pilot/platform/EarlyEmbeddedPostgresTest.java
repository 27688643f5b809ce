package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server is started as soon as the environment is known, and the context's bean is that server. */
class EarlyEmbeddedPostgresTest {

    @TempDir
    Path directory;

    @Test
    void theServerStartedBeforeTheContextIsTheOneTheContextUses() throws Exception {
        new EmbeddedDatabaseConfiguration.EarlyStart().onApplicationEvent(prepared(Map.of(
                "app.embedded-db.directory", directory.toString(), "app.embedded-db.durable", "false")));
        EmbeddedPostgresLauncher.Running bean = new EmbeddedDatabaseConfiguration()
                .embeddedPostgres(directory, 0, false, false);
        try {
            assertThat(bean).isSameAs(EmbeddedDatabaseConfiguration.start(directory, 0, false, false).join());
            try (Connection c = DriverManager.getConnection(bean.jdbcUrl(), "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            bean.close();
        }
    }

    @Test
    void noServerIsStartedWhenAnExternalDatabaseIsConfigured() throws Exception {
        Path other = directory.resolve("external");
        new EmbeddedDatabaseConfiguration.EarlyStart().onApplicationEvent(prepared(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/pilot",
                "app.embedded-db.directory", other.toString())));
        Thread.sleep(500);
        assertThat(Files.exists(other)).isFalse();
    }

    private static ApplicationEnvironmentPreparedEvent prepared(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
                new String[0], environment);
    }
}

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
import java.util.stream.Stream;

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
            assertThat(bean).isSameAs(EmbeddedDatabaseConfiguration.start(directory, 0, false, false, null).join());
            // and the migrations were applied beside the context, before the bean was handed over
            long migrations;
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
                migrations = files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
            }
            try (Connection c = DriverManager.getConnection(bean.jdbcUrl(), "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery(
                         "select count(*) from flyway_schema_history where success and version is not null")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(migrations).isGreaterThan(40);
            }
        } finally {
            bean.close();
        }
    }

    @Test
    void withFlywayOffTheEarlyStartMigratesNothing() throws Exception {
        Path other = directory.resolve("no-flyway");
        new EmbeddedDatabaseConfiguration.EarlyStart().onApplicationEvent(prepared(Map.of(
                "app.embedded-db.directory", other.toString(), "app.embedded-db.durable", "false",
                "spring.flyway.enabled", "false")));
        EmbeddedPostgresLauncher.Running server = EmbeddedDatabaseConfiguration.start(other, 0, false, false, null)
                .join();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
             ResultSet rs = c.createStatement().executeQuery("select to_regclass('flyway_schema_history') is null")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
        } finally {
            server.close();
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

package cn.gov.hubei.jxt.pilot.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The default database: an embedded PostgreSQL whose data lives under {@code app.embedded-db.directory}
 * ({@code ./data}). Active only when no {@code spring.datasource.url} is configured, so production (profile
 * {@code prod}, {@code SPRING_DATASOURCE_URL}) never starts one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    /** One server per directory and JVM: test contexts share it, as the application shares it with itself. */
    private static final Map<Path, CompletableFuture<EmbeddedPostgresLauncher.Running>> RUNNING = new HashMap<>();

    @Bean(destroyMethod = "")
    EmbeddedPostgresLauncher.Running embeddedPostgres(@Value("${app.embedded-db.directory:data}") Path directory,
                                                      @Value("${app.embedded-db.port:0}") int port,
                                                      @Value("${app.embedded-db.clean-on-start:false}") boolean clean,
                                                      @Value("${app.embedded-db.durable:true}") boolean durable) {
        try {
            return start(directory, port, clean, durable, null).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Starts the server of a directory once per JVM, in the background: {@link EarlyStart} calls it as soon as the
     * configuration is known, so initdb and the server's start overlap the application context's own start (about
     * two seconds of a cold start); the bean above waits for it. With {@code migrations}, the early start also
     * applies the Flyway migrations of those locations right after, still beside the context (about a second of a
     * cold start: 49 migrations on an empty database); the context's Flyway then finds them applied and validates
     * them. A migration that fails here is left to the context's Flyway, which fails the start with its own message.
     */
    static CompletableFuture<EmbeddedPostgresLauncher.Running> start(Path directory, int port, boolean clean,
                                                                     boolean durable, String[] migrations) {
        Path key = directory.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            CompletableFuture<EmbeddedPostgresLauncher.Running> running = RUNNING.get(key);
            if (running != null && !running.isCompletedExceptionally()) {
                return running;
            }
            CompletableFuture<EmbeddedPostgresLauncher.Running> starting = new CompletableFuture<>();
            RUNNING.put(key, starting);
            Thread launcher = new Thread(() -> {
                try {
                    EmbeddedPostgresLauncher.Running server = launch(key, port, clean, durable);
                    if (migrations != null) {
                        migrate(server, migrations);
                    }
                    starting.complete(server);
                } catch (Throwable t) {
                    starting.completeExceptionally(t);
                }
            }, "embedded-postgres-start");
            launcher.setDaemon(true);
            launcher.start();
            return starting;
        }
    }

    private static EmbeddedPostgresLauncher.Running launch(Path key, int port, boolean clean, boolean durable) {
        if (clean) {
            deleteRecursively(key);
        }
        EmbeddedPostgresLauncher.Running running = new EmbeddedPostgresLauncher(key, port, durable).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (IOException ignored) {
                // the JVM is exiting; postgres' own shutdown hook stops the server
            }
        }, "embedded-postgres-stop"));
        return running;
    }

    private static void migrate(EmbeddedPostgresLauncher.Running running, String[] locations) {
        try {
            Flyway.configure().dataSource(running.jdbcUrl(), "postgres", "postgres").locations(locations).load()
                    .migrate();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class)
                    .debug("Early migration left to the context's Flyway: {}", e.getMessage());
        }
    }

    /**
     * Starts the embedded server as soon as the environment is prepared, before the context is refreshed (registered
     * in {@code META-INF/spring.factories}), with the same properties and under the same condition as the bean.
     */
    static class EarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            if (!environment.getProperty("spring.datasource.url", "").isEmpty()
                    || !environment.getProperty("app.embedded-db.early-start", Boolean.class, true)) {
                return;
            }
            boolean flyway = environment.getProperty("spring.flyway.enabled", Boolean.class, true);
            start(Path.of(environment.getProperty("app.embedded-db.directory", "data")),
                    environment.getProperty("app.embedded-db.port", Integer.class, 0),
                    environment.getProperty("app.embedded-db.clean-on-start", Boolean.class, false),
                    environment.getProperty("app.embedded-db.durable", Boolean.class, true),
                    flyway ? environment.getProperty("spring.flyway.locations", String[].class,
                            new String[]{"classpath:db/migration"}) : null);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresLauncher.Running postgres,
                          @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
                          @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeoutMillis) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        // as the external database's pool (spring.datasource.hikari.connection-timeout): see DatabaseUnavailable
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

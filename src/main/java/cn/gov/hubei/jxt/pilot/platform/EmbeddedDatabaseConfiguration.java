package cn.gov.hubei.jxt.pilot.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
    private static final Map<Path, EmbeddedPostgresLauncher.Running> RUNNING = new HashMap<>();

    @Bean(destroyMethod = "")
    EmbeddedPostgresLauncher.Running embeddedPostgres(@Value("${app.embedded-db.directory:data}") Path directory,
                                                      @Value("${app.embedded-db.port:0}") int port,
                                                      @Value("${app.embedded-db.clean-on-start:false}") boolean clean,
                                                      @Value("${app.embedded-db.durable:true}") boolean durable) {
        Path key = directory.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            return RUNNING.computeIfAbsent(key, k -> {
                if (clean) {
                    deleteRecursively(k);
                }
                EmbeddedPostgresLauncher.Running running = new EmbeddedPostgresLauncher(k, port, durable).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        running.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; postgres' own shutdown hook stops the server
                    }
                }, "embedded-postgres-stop"));
                return running;
            });
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

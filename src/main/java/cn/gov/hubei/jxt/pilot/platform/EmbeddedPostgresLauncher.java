package cn.gov.hubei.jxt.pilot.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Starts the embedded PostgreSQL whose cluster lives in a directory that survives restarts.
 *
 * <p>A JVM killed with {@code kill -9} leaves its postgres running, holding the data directory and the port. On the
 * next start this launcher finds that server through {@code postmaster.pid}. It is an orphan when no live instance
 * of the system holds the instance lock ({@code instance.lock} beside the cluster); the launcher then asks it to shut
 * down cleanly (SIGTERM, PostgreSQL's "smart" shutdown, which completes at once because its clients died with the
 * JVM), waits for it to exit, logs what it did and starts a fresh server on the same data. When another running
 * instance holds the lock, start-up stops with a message that says so instead of touching its database.
 */
public final class EmbeddedPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

    /** What the launcher found and did about a server left behind by an earlier run. */
    public enum OrphanOutcome { NONE, STALE_PID_FILE, ORPHAN_STOPPED }

    private final Path baseDirectory;
    private final int port;
    private final boolean durable;

    public EmbeddedPostgresLauncher(Path baseDirectory, int port) {
        this(baseDirectory, port, true);
    }

    /**
     * @param durable whether commits are flushed to disk (fsync, synchronous commit). The embedded server's library
     *                turns both off for speed; data kept across restarts needs them on, throw-away test data does not.
     */
    public EmbeddedPostgresLauncher(Path baseDirectory, int port, boolean durable) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.port = port;
        this.durable = durable;
    }

    public Path clusterDirectory() {
        return baseDirectory.resolve("pg");
    }

    /** A running server and the lock that marks this JVM as its owner. Closing stops the server. */
    public static final class Running implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final FileChannel lockChannel;
        private final FileLock lock;
        private final OrphanOutcome orphanOutcome;

        Running(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, OrphanOutcome orphanOutcome) {
            this.postgres = postgres;
            this.lockChannel = lockChannel;
            this.lock = lock;
            this.orphanOutcome = orphanOutcome;
        }

        public String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        public int port() {
            return postgres.getPort();
        }

        public OrphanOutcome orphanOutcome() {
            return orphanOutcome;
        }

        @Override
        public void close() throws IOException {
            try {
                postgres.close();
            } finally {
                lock.release();
                lockChannel.close();
            }
        }
    }

    public Running start() {
        try {
            Files.createDirectories(baseDirectory);
            FileChannel channel = FileChannel.open(baseDirectory.resolve("instance.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The embedded database in " + baseDirectory
                        + " is in use by another running instance of this system. Stop that instance first, or start "
                        + "this one with another directory (app.embedded-db.directory) or an external database "
                        + "(SPRING_DATASOURCE_URL).");
            }
            OrphanOutcome outcome = stopOrphan();
            log.info("Starting embedded PostgreSQL with data in {} on port {}", clusterDirectory(),
                    port == 0 ? "(any free port)" : port);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDirectory())
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            try {
                verifyItIsOurs(postgres);
            } catch (RuntimeException e) {
                closeQuietly(postgres);
                lock.release();
                channel.close();
                throw e;
            }
            log.info("Embedded PostgreSQL is up on port {} with its data in {}", postgres.getPort(), clusterDirectory());
            return new Running(postgres, channel, lock, outcome);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start in " + clusterDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The server that answers on the port must be the one started on our data: when the port is taken, PostgreSQL
     * cannot bind it, yet a connection to the port reaches the other server and the start looks successful. Its
     * {@code data_directory} tells them apart.
     */
    private void verifyItIsOurs(EmbeddedPostgres postgres) {
        String reported;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            reported = rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL on port " + postgres.getPort()
                    + " did not answer after its start: " + e.getMessage(), e);
        }
        if (!sameDirectory(Path.of(reported), clusterDirectory())) {
            throw new IllegalStateException("Another PostgreSQL server answers on port " + postgres.getPort()
                    + " (its data is in " + reported + "), not the embedded server started for " + clusterDirectory()
                    + ". Is another instance of this system running? Leave app.embedded-db.port at 0 (any free port) "
                    + "or choose a port that no other server uses.");
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Stopping the embedded PostgreSQL that did not come up: {}", e.toString());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Called while holding the instance lock: any live postmaster on our data is left over from a killed run. */
    OrphanOutcome stopOrphan() throws IOException {
        Path pidFile = clusterDirectory().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return OrphanOutcome.NONE;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (RuntimeException e) {
            log.warn("Ignoring unreadable {} (a crashed start); PostgreSQL will replace it", pidFile);
            return OrphanOutcome.STALE_PID_FILE;
        }
        String orphanPort = lines.size() > 3 ? lines.get(3).trim() : "?";
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresLauncher::isPostgres);
        if (process.isEmpty()) {
            log.info("Found {} of pid {} that is no longer running (the previous run was killed together with its "
                    + "database); PostgreSQL will recover from its write-ahead log", pidFile, pid);
            return OrphanOutcome.STALE_PID_FILE;
        }
        log.warn("Found an orphaned embedded PostgreSQL (pid {}, port {}) left running on {} by a previous run that "
                + "was killed without shutting down. No live instance owns it, so it is being shut down cleanly "
                + "before a fresh server starts on the same data.", pid, orphanPort, clusterDirectory());
        ProcessHandle handle = process.get();
        handle.destroy(); // SIGTERM: smart shutdown, a checkpoint is written
        Instant until = Instant.now().plus(ORPHAN_STOP_TIMEOUT);
        while (handle.isAlive() && Instant.now().isBefore(until)) {
            sleep();
        }
        if (handle.isAlive()) {
            throw new IllegalStateException("The orphaned embedded PostgreSQL (pid " + pid + ") on " + clusterDirectory()
                    + " did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s. Stop it by hand (kill " + pid
                    + ") and start again.");
        }
        while (Files.exists(pidFile) && Instant.now().isBefore(until)) {
            sleep();
        }
        log.warn("The orphaned embedded PostgreSQL (pid {}) has stopped; its data is intact", pid);
        return OrphanOutcome.ORPHAN_STOPPED;
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("postgres")).orElse(true);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the orphaned PostgreSQL to stop", e);
        }
    }
}

package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What happens after the JVM was killed with {@code kill -9}: its postgres keeps running on our data. The next
 * start must find it, stop it cleanly, and start a fresh server on the same, intact data.
 */
class OrphanedPostgresTest {

    /** Run in a child JVM: start the embedded database, write a row, report, then wait to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresLauncher.Running running = new EmbeddedPostgresLauncher(Path.of(args[0]), 0).start();
        try (Connection c = DriverManager.getConnection(running.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create table survivor (note text)");
            s.execute("insert into survivor values ('written before kill -9')");
        }
        System.out.println("READY " + running.port());
        System.out.flush();
        // wait to be killed; should the test's JVM die first, its end of the pipe closes and this returns
        while (System.in.read() >= 0) {
            // the test never writes to the child
        }
    }

    @Test
    void stopsTheOrphanLeftByAKilledJvmAndKeepsTheData(@TempDir Path directory) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedPostgresTest.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        String ready = awaitReady(child);
        assertThat(ready).startsWith("READY ");
        long orphanPid = Long.parseLong(Files.readAllLines(directory.resolve("pg/postmaster.pid")).get(0).trim());

        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresLauncher.Running running = new EmbeddedPostgresLauncher(directory, 0).start()) {
            assertThat(running.orphanOutcome()).isEqualTo(EmbeddedPostgresLauncher.OrphanOutcome.ORPHAN_STOPPED);
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            try (Connection c = DriverManager.getConnection(running.jdbcUrl()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select note from survivor")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written before kill -9");
            }
        }
    }

    @Test
    void refusesADirectoryThatALiveInstanceUses(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgresLauncher.Running first = new EmbeddedPostgresLauncher(directory, 0).start()) {
            assertThat(first.orphanOutcome()).isEqualTo(EmbeddedPostgresLauncher.OrphanOutcome.NONE);
            assertThatThrownBy(() -> new EmbeddedPostgresLauncher(directory, 0).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running instance");
        }
    }

    @Test
    void restartsOnItsOwnDataAfterACleanStop(@TempDir Path directory) throws Exception {
        try (EmbeddedPostgresLauncher.Running first = new EmbeddedPostgresLauncher(directory, 0).start();
             Connection c = DriverManager.getConnection(first.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create table kept (n int)");
            s.execute("insert into kept values (7)");
        }
        try (EmbeddedPostgresLauncher.Running second = new EmbeddedPostgresLauncher(directory, 0).start();
             Connection c = DriverManager.getConnection(second.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select n from kept")) {
            assertThat(second.orphanOutcome()).isEqualTo(EmbeddedPostgresLauncher.OrphanOutcome.NONE);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }

    private static String awaitReady(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                Thread reader = new Thread(() -> drain(out));
                reader.setDaemon(true);
                reader.start();
                return line;
            }
        }
        throw new AssertionError("the child JVM did not start its database");
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe from filling up
            }
        } catch (Exception ignored) {
            // the child was killed
        }
    }
}

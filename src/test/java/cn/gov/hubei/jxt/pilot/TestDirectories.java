package cn.gov.hubei.jxt.pilot;

import java.nio.file.Path;

/**
 * Where the tests' embedded database and file store live: {@code target/} by default, a directory of its own for each
 * JVM when Maven runs the test classes in several JVMs side by side (system property {@code test.workdir}, set by the
 * pom). {@link IntegrationTest} and {@link BrowserTest} point the application at the same places.
 */
public final class TestDirectories {

    private TestDirectories() {
    }

    /** The directory of this JVM's test data. */
    public static Path work() {
        return Path.of(System.getProperty("test.workdir", "target"));
    }

    /** The embedded database's directory ({@code app.embedded-db.directory}). */
    public static Path database() {
        return work().resolve("test-db");
    }

    /** The file store's directory ({@code app.files.directory}). */
    public static Path files() {
        return work().resolve("test-files");
    }
}

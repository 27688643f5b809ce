package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installations upgrade by running the pending migrations on their database, and Flyway refuses to start when a
 * pending migration's version lies below one already applied. So the migrations of a release are frozen, and every
 * later one takes a higher version. When a release ships, add its versions to {@link #RELEASED}.
 */
class MigrationOrderTest {

    static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    /**
     * The migrations of the installations that exist (filing, 2026-11-28; recommendation and intake, 2026-12-04;
     * review, 公示, designation, monitoring and analytics, 2026-12-06).
     */
    static final List<Integer> RELEASED = List.of(1, 5, 10, 100, 200, 201, 202, 203, 204, 210, 211, 300, 400, 500,
            510, 530, 531, 532, 533, 600, 601, 610, 700, 720, 740, 800, 810, 830, 900, 930, 950, 960, 970, 980, 1000, 1010,
            1011, 1020, 1030, 1040, 1110, 1120, 1150, 1151, 1152, 1200, 1220, 1230, 1231);

    @Test
    void everyMigrationIsReleasedOrLaterThanAllReleasedOnes() throws IOException {
        int highestReleased = RELEASED.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> versions;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            versions = files.map(f -> f.getFileName().toString()).map(name -> {
                Matcher m = NAME.matcher(name);
                assertThat(m.matches()).as("migration file name %s", name).isTrue();
                return Integer.parseInt(m.group(1));
            }).sorted().toList();
        }
        assertThat(versions).containsAll(RELEASED);
        assertThat(versions).doesNotHaveDuplicates();
        assertThat(versions.stream().filter(v -> !RELEASED.contains(v)))
                .as("new migrations must be numbered above %d, the highest released version", highestReleased)
                .allMatch(v -> v > highestReleased);
    }
}

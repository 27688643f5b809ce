package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramFilesTest {

    @Test
    void passesWhenTheCommittedFileHoldsTheRenderingAndKeepsTheRenderingInTarget(@TempDir Path dir) throws IOException {
        Path committed = dir.resolve("same.md");
        Files.writeString(committed, "a\r\nb\r\n", StandardCharsets.UTF_8);

        DiagramFiles.assertMatches(committed, "a\nb\n");

        assertThat(Files.readString(committed)).isEqualTo("a\r\nb\r\n");
        assertThat(Files.readString(DiagramFiles.renderedPath(committed))).isEqualTo("a\nb\n");
        assertThat(DiagramFiles.renderedPath(committed)).startsWith(DiagramFiles.RENDERED);
    }

    @Test
    void failsOnADifferenceNamingBothFilesTheLineAndHowToRegenerate(@TempDir Path dir) throws IOException {
        Path committed = dir.resolve("changed.md");
        Files.writeString(committed, "a\nold\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DiagramFiles.assertMatches(committed, "a\nnew\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(committed.toString())
                .hasMessageContaining(DiagramFiles.renderedPath(committed).toString())
                .hasMessageContaining("line 2: committed \"old\", rendered \"new\"")
                .hasMessageContaining("./mvnw -o -B -q test -Dtest=DiagramFilesTest -Ddiagrams.write=true");
        assertThat(Files.readString(committed)).isEqualTo("a\nold\n");
    }

    @Test
    void failsWhenTheCommittedFileIsMissing(@TempDir Path dir) {
        Path committed = dir.resolve("missing.md");

        assertThatThrownBy(() -> DiagramFiles.assertMatches(committed, "a\n"))
                .hasMessageContaining(committed + " is missing");
        assertThat(committed).doesNotExist();
    }

    @Test
    void failsOnACommittedFileThatIsNoLongerRendered(@TempDir Path dir) {
        Path committed = dir.resolve("module-gone.puml");

        assertThatThrownBy(() -> DiagramFiles.assertStillRendered(committed, false))
                .hasMessageContaining(committed + " is committed but no longer rendered");
        DiagramFiles.assertStillRendered(committed, true);
    }
}

package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramFilesTest {

    @Test
    void aStatePageIsThePreambleTheStatesTheArrowsInTheirOrderThenTheTable() {
        String page = DiagramFiles.stateDiagram("# t\n\n", List.of(new DiagramFiles.State("A", "甲"),
                        new DiagramFiles.State("B", "乙")),
                List.of(DiagramFiles.Arrow.start("A", "建 (create, officer)"), new DiagramFiles.Arrow("A", "B", "交"),
                        DiagramFiles.Arrow.end("B")),
                List.of("status", "名称"), List.of(List.of("A", "甲"), List.of("B", "乙")));

        assertThat(page).isEqualTo("""
                # t

                ```mermaid
                stateDiagram-v2
                    state "甲" as A
                    state "乙" as B
                    [*] --> A : 建 (create, officer)
                    A --> B : 交
                    B --> [*]
                ```

                | status | 名称 |
                |---|---|
                | A | 甲 |
                | B | 乙 |
                """);
    }

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

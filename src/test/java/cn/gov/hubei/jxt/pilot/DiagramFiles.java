package cn.gov.hubei.jxt.pilot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Generated documentation (state diagrams, module diagrams) is committed; a test renders it from the code and
 * compares. {@link #assertMatches} writes the rendering under {@code target/diagrams/} and fails when the committed
 * file differs, naming both files and the command that regenerates them. Run the test with
 * {@code -Ddiagrams.write=true} to rewrite the committed file instead, then review and commit it.
 */
public final class DiagramFiles {

    /** The system property that makes {@link #assertMatches} rewrite the committed files. */
    public static final String WRITE = "diagrams.write";
    /** Where every rendering is written, under the committed file's relative path. */
    public static final Path RENDERED = Path.of("target", "diagrams");

    private static final StackWalker CALLER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private DiagramFiles() {
    }

    /** Whether this run rewrites the committed files ({@code -Ddiagrams.write=true}). */
    public static boolean writing() {
        return Boolean.getBoolean(WRITE);
    }

    /**
     * Writes {@code rendered} to {@code target/diagrams/<committed>}; then, with {@code -Ddiagrams.write=true}, to
     * {@code committed} too, and otherwise fails unless {@code committed} holds exactly {@code rendered} (line ends
     * aside).
     *
     * @param committed the committed file, relative to the project directory (e.g. {@code docs/state-diagrams/call.md})
     */
    public static void assertMatches(Path committed, String rendered) {
        String test = CALLER.getCallerClass().getSimpleName();
        Path target = renderedPath(committed);
        write(target, rendered);
        if (writing()) {
            write(committed, rendered);
            return;
        }
        if (!Files.exists(committed)) {
            throw new AssertionError(committed + " is missing; the rendering is in " + target + ". "
                    + regenerate(test));
        }
        String current = read(committed);
        if (!normalized(current).equals(normalized(rendered))) {
            throw new AssertionError(committed + " differs from the rendering of the code in " + target + " ("
                    + firstDifference(normalized(current), normalized(rendered)) + "). " + regenerate(test));
        }
    }

    /**
     * Fails, or with {@code -Ddiagrams.write=true} deletes it, when a committed file is no longer rendered (a module
     * or a diagram was removed).
     */
    public static void assertStillRendered(Path committed, boolean rendered) {
        if (rendered) {
            return;
        }
        String test = CALLER.getCallerClass().getSimpleName();
        if (writing()) {
            try {
                Files.deleteIfExists(committed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        throw new AssertionError(committed + " is committed but no longer rendered from the code. " + regenerate(test));
    }

    /** Where {@link #assertMatches} writes the rendering of {@code committed}. */
    public static Path renderedPath(Path committed) {
        Path relative = committed.normalize();
        if (relative.isAbsolute()) {
            Path project = Path.of("").toAbsolutePath();
            relative = relative.startsWith(project) ? project.relativize(relative) : relative.getRoot().relativize(relative);
        }
        return RENDERED.resolve(relative.toString());
    }

    /** A state of a stage's diagram: its constant and its name in the bundle. */
    public record State(String name, String label) {

        /** Every constant of the status enum with its name. */
        public static <S extends Enum<S>> List<State> of(S[] statuses, Function<S, String> label) {
            return Arrays.stream(statuses).map(s -> new State(s.name(), label.apply(s))).toList();
        }
    }

    /** An arrow of a stage's diagram; {@code label} {@code null} draws it without a label. */
    public record Arrow(String from, String to, String label) {

        /** The arrow from the start ({@code [*]}) to the status a new aggregate has. */
        public static Arrow start(String to, String label) {
            return new Arrow("[*]", to, label);
        }

        /** The arrow from a final status to the end ({@code [*]}). */
        public static Arrow end(String from) {
            return new Arrow(from, "[*]", null);
        }
    }

    /**
     * The page of a stage's state diagram ({@code docs/state-diagrams/<stage>.md}): {@code preamble} (the title and
     * how the page is generated, ending with a blank line), the Mermaid {@code stateDiagram-v2} with every state
     * under its name and the arrows in their order, then the table of the states ({@code columns} its head, one row
     * of cells a state).
     */
    public static String stateDiagram(String preamble, List<State> states, List<Arrow> arrows, List<String> columns,
                                      List<List<String>> table) {
        StringBuilder md = new StringBuilder(preamble).append("```mermaid\nstateDiagram-v2\n");
        for (State state : states) {
            md.append("    state \"").append(state.label()).append("\" as ").append(state.name()).append('\n');
        }
        for (Arrow arrow : arrows) {
            md.append("    ").append(arrow.from()).append(" --> ").append(arrow.to())
                    .append(arrow.label() == null ? "" : " : " + arrow.label()).append('\n');
        }
        md.append("```\n\n").append(tableRow(columns)).append("|").append("---|".repeat(columns.size())).append('\n');
        table.forEach(row -> md.append(tableRow(row)));
        return md.toString();
    }

    private static String tableRow(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** A message bundle of the class path ({@code i18n/<module>_zh_CN.properties}), read as UTF-8. */
    public static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DiagramFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String regenerate(String test) {
        return "If the change is intended, regenerate the committed file with "
                + "./mvnw -o -B -q test -Dtest=" + test + " -D" + WRITE + "=true, review the difference and commit it.";
    }

    private static String firstDifference(String committed, String rendered) {
        List<String> a = committed.lines().toList();
        List<String> b = rendered.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of file>";
            if (!left.equals(right)) {
                return "first difference at line " + (i + 1) + ": committed \"" + left + "\", rendered \"" + right + "\"";
            }
        }
        return "they differ in the line end after the last line";
    }

    private static String normalized(String text) {
        return text.replace("\r\n", "\n");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

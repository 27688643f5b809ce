package cn.gov.hubei.jxt.pilot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

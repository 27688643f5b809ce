package cn.gov.hubei.jxt.pilot;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's compiled classes, listed from the build's output folders (faster than scanning the classpath). */
public final class ProjectClasses {

    private ProjectClasses() {
    }

    /** The classes of {@code src/main/java}, top-level and nested. */
    public static List<Class<?>> main() {
        return in(PilotApplication.class);
    }

    /** The classes of {@code src/test/java}, top-level and nested. */
    public static List<Class<?>> tests() {
        return in(ProjectClasses.class);
    }

    private static List<Class<?>> in(Class<?> member) {
        Path root;
        try {
            root = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted().<Class<?>>map(ProjectClasses::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ProjectClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

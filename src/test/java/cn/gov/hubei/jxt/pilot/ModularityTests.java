package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds, and the diagrams committed in docs/modules are those of the code. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PilotApplication.class);
    static final Path DIAGRAMS = Path.of("docs", "modules");

    @Test
    void modulesOnlyUseEachOthersApis() {
        MODULES.verify();
    }

    /**
     * Renders the module diagrams into {@code target/} and compares each with the one committed in
     * {@code docs/modules/}; {@code -Ddiagrams.write=true} rewrites the committed ones.
     */
    @Test
    void theCommittedModuleDiagramsAreThoseOfTheCode() throws IOException {
        Path rendered = DiagramFiles.RENDERED.resolve("modules-documenter");
        if (Files.exists(rendered)) {
            try (Stream<Path> old = Files.list(rendered)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(rendered.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(rendered)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).sorted().toList()) {
                names.add(file.getFileName().toString());
                String diagram = String.join("\n", stableOrder(Files.readAllLines(file))) + "\n";
                DiagramFiles.assertMatches(DIAGRAMS.resolve(file.getFileName().toString()), diagram);
            }
        }
        try (Stream<Path> committed = Files.list(DIAGRAMS)) {
            for (Path file : committed.filter(f -> f.toString().endsWith(".puml")).sorted().toList()) {
                DiagramFiles.assertStillRendered(file, names.contains(file.getFileName().toString()));
            }
        }
    }

    /**
     * The documenter lists components and relations in no fixed order; sorting each run of such lines keeps the
     * committed diagrams unchanged when the modules are.
     */
    static List<String> stableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            String t = line.trim();
            if (t.startsWith("Component(") || t.startsWith("Rel(") || t.startsWith("Rel_")) {
                run.add(line);
                continue;
            }
            Collections.sort(run);
            result.addAll(run);
            run.clear();
            result.add(line);
        }
        Collections.sort(run);
        result.addAll(run);
        return result;
    }
}

package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds, and its diagrams in docs/modules are regenerated from the code. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PilotApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, stableOrder(Files.readAllLines(file)));
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

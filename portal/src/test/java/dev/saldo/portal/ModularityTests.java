package dev.saldo.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capability packages only use each other's published API and never form a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SaldoApplication.class);

    @Test
    void capabilities_respect_their_module_boundaries() {
        modules.verify();
    }

    @Test
    void module_diagram_is_written_for_the_readme() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

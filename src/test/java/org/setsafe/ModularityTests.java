package org.setsafe;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(SetSafeApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicFacesAndDeclaredDependencies() {
    modules.verify();
  }

  @Test
  void writesModuleDiagramsForTheDocs() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}

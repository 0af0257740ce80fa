package org.setsafe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What Spring Modulith does not check: the inside of each module. */
class ArchitectureTests {

  private final JavaClasses setsafe = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.setsafe");

  @Test
  void domainRulesDependOnNoFrameworkWebOrDatabase() {
    // A package-info may carry module metadata (a Modulith named interface); it holds no rules.
    noClasses().that().resideInAPackage("org.setsafe..domain..").and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.servlet..", "jakarta.persistence..", "java.sql..", "javax.sql..")
        .because("the rules must be readable and testable without a server or a database")
        .check(setsafe);
  }

  @Test
  void persistenceClassesAreNotPublic() {
    classes().that().resideInAPackage("org.setsafe..persistence..")
        .should().notBePublic()
        .because("other code reaches the database only through the store interfaces in domain/")
        .check(setsafe);
  }

  @Test
  void controllersAreNotPublic() {
    classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
        .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
        .should().notBePublic()
        .check(setsafe);
  }

  @Test
  void onlyTheWebLayerKnowsAboutServletRequests() {
    noClasses().that().resideOutsideOfPackages("org.setsafe..web..")
        .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..")
        .check(setsafe);
  }

  @Test
  void noWebRequestActsAsTheSystem() {
    noClasses().that().resideInAPackage("org.setsafe..web..")
        .should().callMethod(org.setsafe.identity.SystemActor.class, "call", java.util.function.Supplier.class)
        .orShould().callMethod(org.setsafe.identity.SystemActor.class, "run", Runnable.class)
        .because("a request is checked once at the door (ProductionAccess.onSet); it never borrows the "
            + "administrator's rights to read past the check")
        .check(setsafe);
  }

  @Test
  void onlyTheCliTheDemoAndTheFirstAdministratorActAsTheSystem() {
    noClasses().that().resideOutsideOfPackages("org.setsafe.cli..", "org.setsafe.demo..", "org.setsafe.identity..")
        .should().callMethod(org.setsafe.identity.SystemActor.class, "call", java.util.function.Supplier.class)
        .orShould().callMethod(org.setsafe.identity.SystemActor.class, "run", Runnable.class)
        .because("modules read each other through the unchecked CrewList and ShootingSchedule after their own "
            + "check, and listeners and timers read them the same way")
        .check(setsafe);
  }
}

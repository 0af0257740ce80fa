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

  /**
   * A refusal is kept by the shared recorder alone, in its own transaction. Three checks, each on bytecode alone:
   * a method that builds a refused fact (its constructor or a factory of the fact's type) hands it, in the same
   * method, to a {@code record} method taking a refused fact; every such {@code record} method but the recorder's
   * own calls {@link org.setsafe.shared.RefusalRecorder} (so a module's adapter is a pass-through, never a second
   * recorder); and no method but the recorder's takes or builds a refused fact inside a REQUIRES_NEW transaction
   * declared on it or its class. (Which object a method publishes is not visible in bytecode, so "it published the
   * refusal itself" is caught through the first check, not directly.)
   */
  @Test
  void refusalsAreKeptOnlyThroughTheSharedRecorder() {
    Class<?> refused = org.setsafe.shared.RefusedFact.class;
    Class<?> recorder = org.setsafe.shared.RefusalRecorder.class;
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
        .that().areDeclaredInClassesThat().doNotBelongToAnyOf(recorder)
        .and().areDeclaredInClassesThat().areNotAssignableTo(refused)
        .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
            "hand every refused fact to RefusalRecorder, and open no transaction of their own for one") {
          @Override
          public void check(com.tngtech.archunit.core.domain.JavaMethod method,
              com.tngtech.archunit.lang.ConditionEvents events) {
            boolean builds = method.getCallsFromSelf().stream().anyMatch(call -> !call.getName().equals("<init>")
                    ? call.getTargetOwner().isAssignableTo(refused) && call.getTarget().getRawReturnType()
                        .isAssignableTo(refused)
                    : call.getTargetOwner().isAssignableTo(refused));
            boolean takes = method.getRawParameterTypes().stream().anyMatch(type -> type.isAssignableTo(refused));
            boolean handsOn = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("record")
                && call.getTarget().getRawParameterTypes().stream().anyMatch(type -> type.isAssignableTo(refused)));
            boolean callsRecorder = method.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(recorder));
            if (builds && !handsOn) {
              events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method, method.getFullName()
                  + " builds a refused fact and does not hand it to a record method"));
            }
            if (takes && method.getName().equals("record") && !callsRecorder) {
              events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method, method.getFullName()
                  + " records a refused fact without RefusalRecorder"));
            }
            if ((builds || takes) && (requiresNew(method) || requiresNew(method.getOwner()))) {
              events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method, method.getFullName()
                  + " opens its own transaction for a refused fact"));
            }
          }
        })
        .because("a refusal must survive the rollback of the step it refused, and be kept the same way everywhere")
        .check(setsafe);
  }

  private static boolean requiresNew(com.tngtech.archunit.core.domain.properties.HasAnnotations<?> annotated) {
    return annotated.tryGetAnnotationOfType(org.springframework.transaction.annotation.Transactional.class)
        .map(t -> t.propagation() == org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
        .orElse(false);
  }

  @Test
  void issueGatesDoNotCheckAccessAgain() {
    noClasses().that().implement(org.setsafe.custody.IssueGate.class)
        .should().dependOnClassesThat().belongToAnyOf(org.setsafe.production.ProductionAccess.class,
            org.setsafe.identity.SystemActor.class, org.setsafe.production.Productions.class,
            org.setsafe.production.Schedule.class)
        .because("a gate answers inside custody's issue, whose caller custody already checked: it reads the scene it is"
            + " handed through unchecked queries, neither checking the armorer again (as every read of Productions and"
            + " Schedule does) nor acting as the system")
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

  /**
   * Reporting's read models ({@code ReportViews}, {@code StopWorkViews}, {@code ManagementReviewViews}) only read: they
   * publish no fact, record no refusal, take no step through one of the module's use cases and open no writing
   * transaction, so that what the pages show can never change what it shows, and the steps stay in the use cases.
   */
  @Test
  void reportingReadModelsOnlyRead() {
    com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> stepsOrFacts =
        com.tngtech.archunit.base.DescribedPredicate.describe("publish facts, record refusals or take steps",
            c -> c.isAssignableTo(org.springframework.context.ApplicationEventPublisher.class)
                || c.isAssignableTo(org.setsafe.shared.RefusalRecorder.class)
                || c.getPackageName().equals("org.setsafe.reporting") && (c.getSimpleName().endsWith("Refusals")
                    || c.isAnnotatedWith(org.springframework.stereotype.Service.class)
                    && !c.getSimpleName().endsWith("Views")));
    com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaAnnotation<?>> writing =
        com.tngtech.archunit.base.DescribedPredicate.describe("a writing @Transactional",
            a -> a.getRawType().isEquivalentTo(org.springframework.transaction.annotation.Transactional.class)
                && !Boolean.TRUE.equals(a.get("readOnly").orElse(false)));
    noClasses().that().resideInAPackage("org.setsafe.reporting").and().haveSimpleNameEndingWith("Views")
        .should().dependOnClassesThat(stepsOrFacts)
        .orShould().beAnnotatedWith(writing)
        .because("the reports' read model is apart from the commands that change a report")
        .check(setsafe);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().areDeclaredInClassesThat()
        .resideInAPackage("org.setsafe.reporting").and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Views")
        .should().notBeAnnotatedWith(writing)
        .because("a page's read must not be where a report changes")
        .check(setsafe);
  }

  @Test
  void protocolReadModelsChangeNothing() {
    noClasses().that().resideInAPackage("org.setsafe.protocol")
        .and().haveNameMatching("org\\.setsafe\\.protocol\\.(WeaponPlans|RiskAssessments|[A-Za-z]+Reads)")
        .should().dependOnClassesThat().belongToAnyOf(org.setsafe.protocol.WeaponPlanCommand.class,
            org.setsafe.protocol.RiskAssessmentCommand.class,
            org.springframework.context.ApplicationEventPublisher.class, org.setsafe.shared.RefusalRecorder.class)
        .because("the weapon plans and risk assessments are read apart from the use cases that change them: a read"
            + " model takes no command, publishes no fact and records no refusal, so a page or a gate that reads"
            + " cannot write")
        .check(setsafe);
  }

  @Test
  void otherModulesAskTrainingThroughItsUncheckedChecksAlone() {
    noClasses().that().resideOutsideOfPackage("org.setsafe.training..")
        .should().dependOnClassesThat().belongToAnyOf(org.setsafe.training.QualificationRecords.class,
            org.setsafe.training.CrewQualifications.class, org.setsafe.training.BriefingLog.class,
            org.setsafe.training.QualificationAccess.class)
        .because("custody's gates and the pre-production check already checked who asks: they read a person's"
            + " standing through QualificationChecks, not through the read models that check the reader again")
        .check(setsafe);
    noClasses().that().implement(org.setsafe.training.QualificationChecks.class)
        .should().dependOnClassesThat().belongToAnyOf(org.setsafe.production.ProductionAccess.class,
            org.setsafe.production.Productions.class, org.setsafe.production.Schedule.class,
            org.setsafe.identity.SystemActor.class)
        .because("the checks answer inside a step whose caller was checked once at the door; they neither check"
            + " again nor act as the system")
        .check(setsafe);
  }

  @Test
  void staffingAnswersOtherModulesThroughItsUncheckedReads() {
    noClasses().that().resideInAPackage("org.setsafe.staffing")
        .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.implement(org.setsafe.custody.IssueGate.class)
            .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.implement(
                org.setsafe.briefing.ReadinessCheck.class))
            .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.implement(
                org.setsafe.briefing.AgendaSource.class)))
        .should().dependOnClassesThat().belongToAnyOf(org.setsafe.production.ProductionAccess.class,
            org.setsafe.identity.SystemActor.class, org.setsafe.production.Productions.class,
            org.setsafe.production.Schedule.class, org.setsafe.staffing.StaffingBoard.class,
            org.setsafe.staffing.StaffingRoles.class)
        .because("staffing answers custody's issue, the day's meeting and the pre-production check after their "
            + "callers' own check: through its unchecked day and flag reads, never through the pages' board, which "
            + "checks again at its door")
        .check(setsafe);
  }

  @Test
  void theBudgetAnswersTheCheckAndTheStudioThroughItsUncheckedReads() {
    noClasses().that().resideInAPackage("org.setsafe.budget")
        .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.implement(
                org.setsafe.briefing.ReadinessCheck.class)
            .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.implement(
                org.setsafe.studio.StudioColumn.class)))
        .should().dependOnClassesThat().belongToAnyOf(org.setsafe.production.ProductionAccess.class,
            org.setsafe.identity.SystemActor.class, org.setsafe.budget.BudgetRoles.class)
        .because("the pre-production check and the studio's table let their callers in; the budget answers them"
            + " without checking again or acting as the system")
        .check(setsafe);
  }
}

package org.setsafe.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.briefing.Bulletins;
import org.setsafe.briefing.Bulletins.NewBulletin;
import org.setsafe.briefing.SafetyMeetings;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.RiskDrafting;
import org.setsafe.protocol.RiskSignOffs;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.production.ShootingDay;
import org.setsafe.staffing.DayDuty;
import org.setsafe.staffing.Roster;
import org.setsafe.training.CertificateRecording;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.CertificationCommands.Upload;
import org.setsafe.training.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds "Dust Devil Creek", a western shooting on a ranch outside Santa Fe, with shooting days
 * around today, gunfight scenes, and one person in every role; plus a second production so that
 * what one crew cannot see of another can be tried out. Prints the sign-ins. Seeds once.
 */
@Component
@ConditionalOnProperty(name = "setsafe.demo.enabled", havingValue = "true")
class DemoProduction implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoProduction.class);

  static final String TITLE = "Dust Devil Creek";
  static final String SECOND_TITLE = "Night Shift";

  private final Accounts accounts;
  private final Productions productions;
  private final Schedule schedule;
  private final CertificateRecording qualifications;
  private final RiskDrafting riskDrafting;
  private final RiskSignOffs riskSignOffs;
  private final ActingAs acting;
  private final DemoArmory armory;
  private final TransactionTemplate transaction;
  private final SafetyMeetings safetyMeetings;
  private final Bulletins bulletins;
  private final Clock clock;
  private final Roster roster;
  private final String configuredPassword;
  private final boolean withArmory;
  private final String dataDir;
  private final boolean cli;
  private final PrintStream console = System.out;
  private final DemoOfficeDay officeDay;
  private final DemoSeeding seeding;
  private final DemoBudget budget;
  private final Executor executor;
  private final boolean inBackground;

  DemoProduction(Accounts accounts, Productions productions, Schedule schedule, CertificateRecording qualifications,
      RiskDrafting riskDrafting, RiskSignOffs riskSignOffs, ActingAs acting, DemoArmory armory,
      TransactionTemplate transaction,
      SafetyMeetings safetyMeetings, Bulletins bulletins, Clock clock, Roster roster,
      @Value("${setsafe.demo.password:}") String configuredPassword,
      @Value("${setsafe.demo.armory:true}") boolean withArmory, @Value("${setsafe.cli:false}") boolean cli,
      @Value("${setsafe.data-dir:./data}") String dataDir, DemoOfficeDay officeDay, DemoSeeding seeding,
      @Qualifier("applicationTaskExecutor") Executor executor,
      @Value("${setsafe.demo.background:true}") boolean inBackground, DemoBudget budget) {
    this.accounts = accounts;
    this.productions = productions;
    this.schedule = schedule;
    this.qualifications = qualifications;
    this.riskDrafting = riskDrafting;
    this.riskSignOffs = riskSignOffs;
    this.acting = acting;
    this.armory = armory;
    this.withArmory = withArmory;
    this.dataDir = dataDir;
    this.transaction = transaction;
    this.safetyMeetings = safetyMeetings;
    this.bulletins = bulletins;
    this.clock = clock;
    this.roster = roster;
    this.configuredPassword = configuredPassword;
    this.cli = cli;
    this.officeDay = officeDay;
    this.seeding = seeding;
    this.executor = executor;
    this.inBackground = inBackground;
    this.budget = budget;
  }

  record Person(String username, String name, InstallationRole installationRole, Set<CrewRole> roles, String department) {}

  static final List<Person> CREW = List.of(
      new Person("demo.admin", "Ada Kowalczyk", InstallationRole.ADMINISTRATOR, Set.of(), null),
      new Person("demo.studio", "Frank Osei", InstallationRole.STUDIO_SAFETY, Set.of(), null),
      new Person("grace.producer", "Grace Mbeki", null, Set.of(CrewRole.PRODUCER), null),
      new Person("leo.upm", "Leo Park", null, Set.of(CrewRole.UPM), null),
      new Person("sam.safety", "Samira Haddad", null, Set.of(CrewRole.SAFETY_ADVISOR), null),
      new Person("rosa.armorer", "Rosa Delgado", null, Set.of(CrewRole.ARMORER), "Armory"),
      new Person("hank.props", "Hank Ostrowski", null, Set.of(CrewRole.PROPERTY_MASTER), "Props"),
      new Person("dana.ad", "Dana Whitcombe", null, Set.of(CrewRole.FIRST_AD), "Assistant directors"),
      new Person("eli.actor", "Eli Navarro", null, Set.of(CrewRole.PERFORMER), "Cast"),
      new Person("june.actor", "June Castellanos", null, Set.of(CrewRole.PERFORMER), "Cast"),
      new Person("marcus.camera", "Marcus Oyelaran", null, Set.of(CrewRole.CREW), "Camera"),
      new Person("tess.grip", "Tess Lindqvist", null, Set.of(CrewRole.CREW), "Grip"));

  /**
   * Seeds, or checks an earlier seed, after SetSafe is ready unless {@code setsafe.demo.background=false}: serving
   * pages needs none of it, and on two cores it was a fifth of the start. Readiness still means what it says (the
   * database answers, requests are served); only the demo crew's sign-ins wait, and the sign-in page says so. A first
   * seeding is one transaction on the application's task executor, which a graceful stop waits for, so a stop or a
   * kill in the middle leaves no half-seeded demo and the next start seeds it again. Tests and scripts that use the
   * demo crew the moment SetSafe is ready seed before it instead.
   */
  @Override
  public void run(ApplicationArguments args) {
    if (cli) {
      return; // an admin command is not the moment to seed a production
    }
    if (!inBackground) {
      seedOrCheck();
      return;
    }
    seeding.begin();
    executor.execute(() -> {
      try {
        seedOrCheck();
      } catch (RuntimeException e) {
        log.error("demo data could not be seeded; SetSafe runs on without it", e);
      } finally {
        seeding.end();
      }
    });
  }

  private void seedOrCheck() {
    // Timed: it is part of a demo's start, before SetSafe is ready or just after.
    long started = System.nanoTime();
    if (accounts.findByUsername("grace.producer").isPresent()) {
      if (withArmory) {
        SystemActor.run(() -> transaction.executeWithoutResult(status -> stockEarlierSeed()));
        SystemActor.run(() -> transaction.executeWithoutResult(status -> officeDayOnEarlierSeed()));
      }
      SystemActor.run(() -> transaction.executeWithoutResult(status -> budgetOnEarlierSeed()));
      log.info("demo already seeded, checked in {} ms", (System.nanoTime() - started) / 1_000_000);
      console.println(resetHint());
      return;
    }
    String password = configuredPassword.isBlank() ? Accounts.newOneTimePassword() : configuredPassword;
    SystemActor.run(() -> transaction.executeWithoutResult(status -> seed(password)));
    log.info("demo seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
    StringBuilder signIns = new StringBuilder();
    for (Person person : CREW) {
      String what = person.installationRole() != null ? person.installationRole().label()
          : person.roles().stream().map(CrewRole::label).reduce((a, b) -> a + ", " + b).orElse("");
      signIns.append(String.format("   %-16s %s (%s)%n", person.username(), person.name(), what));
    }
    console.println("""

        ================================================================
         SetSafe demo data: "%s", a western, with its crew.
         Every demo account has the password:  %s
        %s================================================================
        """.formatted(TITLE, password, signIns));
  }

  /**
   * Where the sign-ins went, and how to get a new password for one. The admin CLI takes the command as its first
   * argument and its database from the environment (options after the command are the command's own), and an
   * embedded database is opened by one process at a time.
   */
  String resetHint() {
    String dir = "SETSAFE_DATA_DIR=" + dataDir + " ";
    return "SetSafe demo: demo data already present; its sign-ins and password were printed when it was seeded."
        + " For a new password for one, stop SetSafe and run "
        + dir + "./mvnw spring-boot:run -Dspring-boot.run.arguments=\"user reset-password USERNAME\""
        + " (or " + dir + "java -jar target/setsafe.jar user reset-password USERNAME).";
  }

  private void seed(String password) {
    accounts.createAllWithPassword(SystemActor.ID, CREW.stream().map(person -> new Accounts.NewAccount(
        person.username(), person.name(), person.username() + "@demo.invalid", person.installationRole())).toList(),
        password);
    Production western = productions.create(TITLE, "America/Denver");
    for (Person person : CREW) {
      if (!person.roles().isEmpty()) {
        productions.addMember(western.id(), person.username(), EnumSet.copyOf(person.roles()), person.department());
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Denver")));
    List<ShootingDay> days = new ArrayList<>();
    String[] locations = {
        "Bonanza Creek Ranch, main street set", "Bonanza Creek Ranch, church", "Galisteo Basin, dry wash",
        "Bonanza Creek Ranch, saloon interior", "Cerrillos Hills, ridge line"};
    for (int offset = -1; offset <= 3; offset++) {
      days.add(schedule.scheduleDay(western.id(), today.plusDays(offset), LocalTime.of(6, 30), locations[offset + 1],
          LocalTime.of(12, 30), LocalTime.of(19, 0)));
    }
    ShootingDay todays = days.get(1);
    schedule.addScene(western.id(), "7", "Stagecoach arrives; Marshal greets the passengers. No weapons drawn.", days.get(0).id());
    Scene church = schedule.addScene(western.id(), "12", "Church interior: the Marshal confronts Cole. Revolver drawn, not fired.", todays.id());
    Scene altar = schedule.addScene(western.id(), "12A", "Church interior, continued: Cole fires one blank toward the altar.", todays.id());
    Scene ambush = schedule.addScene(western.id(), "19", "Dry wash ambush: rifle fire from the ridge, two riders fall.", days.get(2).id());
    Scene saloon = schedule.addScene(western.id(), "23", "Saloon: card game, a derringer is shown but never pointed.", days.get(3).id());
    Scene shootOut = schedule.addScene(western.id(), "31", "Ridge line: final shoot-out at dusk.", days.get(4).id());
    schedule.addScene(western.id(), "34", "Epilogue: the Marshal hangs up his gun belt.", null);
    // The gunfight scenes name who is in them: a weapon goes only to their cast, shown clear to their camera head.
    UUID eli = accounts.findByUsername("eli.actor").orElseThrow().id();
    UUID june = accounts.findByUsername("june.actor").orElseThrow().id();
    UUID marcus = accounts.findByUsername("marcus.camera").orElseThrow().id();
    schedule.nameCast(western.id(), church.id(), Set.of(eli, june), marcus);
    schedule.nameCast(western.id(), altar.id(), Set.of(eli), marcus);
    schedule.nameCast(western.id(), ambush.id(), Set.of(eli, june), marcus);
    schedule.nameCast(western.id(), saloon.id(), Set.of(june), marcus);
    schedule.nameCast(western.id(), shootOut.id(), Set.of(eli, june), marcus);

    certify(western, today);
    assessRisks(western, church, altar);
    scheduleArmorers(western, days.subList(1, days.size()));
    if (withArmory) {
      armory.seed(western.id(), today, church.id(), eli, june);
    }
    // Last: the meeting covers the day's scenes as the plans, assessments and roster above left them.
    briefToday(western, days.get(0).date(), List.of(church.id(), altar.id()));
    if (withArmory) {
      officeDay.seed(western);
    }
    // After every hazard is marked: the budget is planned against the schedule's need as it stands.
    budget.seed(western, days.size(), days.size() - 1);

    Production drama = productions.create(SECOND_TITLE, "America/Los_Angeles");
    productions.addMember(drama.id(), "grace.producer", EnumSet.of(CrewRole.PRODUCER), null);
    productions.addMember(drama.id(), "dana.ad", EnumSet.of(CrewRole.FIRST_AD), "Assistant directors");
    // A night shoot: the meal break before midnight, wrap after it.
    schedule.scheduleDay(drama.id(), today.plusDays(10), LocalTime.of(17, 0), "Downtown Los Angeles, hospital set",
        LocalTime.of(23, 0), LocalTime.of(5, 0));
  }

  /**
   * Demo data seeded by an earlier version, without weapons: the armory is added, with the church scene's plan, and
   * if that scene is shot today a safety meeting on it is held again, since the plan changed what it covers.
   */
  private void stockEarlierSeed() {
    Optional<Production> western = productions.visibleToCurrentUser().stream()
        .filter(production -> production.name().equals(TITLE)).findFirst();
    if (western.isEmpty() || armory.stockedOn(western.get().id())) {
      return;
    }
    UUID id = western.get().id();
    Optional<Scene> church = schedule.scenes(id).stream().filter(scene -> scene.number().equals("12")).findFirst();
    if (church.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(western.get().timeZone()));
    armory.seed(id, today, church.get().id(), accounts.findByUsername("eli.actor").orElseThrow().id(),
        accounts.findByUsername("june.actor").orElseThrow().id());
    if (church.get().shootingDayId() != null && schedule.day(id, church.get().shootingDayId()).date().equals(today)) {
      holdMeeting(western.get(), List.of(church.get().id()));
    }
  }

  /**
   * Rosa and Hank are the dedicated armorers of every day with a gunfight scene, with no other duty those days
   * (California Labor Code §9153(a)(3)), as the UPM would schedule them: no firearm goes out otherwise.
   */
  private void scheduleArmorers(Production western, List<ShootingDay> gunfightDays) {
    for (ShootingDay day : gunfightDays) {
      for (String armorer : List.of("rosa.armorer", "hank.props")) {
        roster.schedule(western.id(),
            new DayDuty(day.id(), accounts.findByUsername(armorer).orElseThrow().id(), CrewRole.ARMORER));
      }
    }
  }

  /**
   * The crew's certificates, recorded by the safety advisor as on a real production: Rosa's armorer permit is
   * current, Hank's runs out within the month, and June has not done firearms safety training yet, so the
   * dashboard has something to show.
   */
  private void certify(Production western, LocalDate today) {
    String[][] certificates = {
        // username, type, issuer, number, issued days ago, expires in days ("" = never)
        {"rosa.armorer", "ARMORER_PERMIT", "California Department of Justice", "AP-2025-01187", "400", "330"},
        {"rosa.armorer", "FIREARMS_SAFETY", "Hollywood Armory Training", "HAT-4471", "400", "695"},
        {"hank.props", "ARMORER_PERMIT", "California Department of Justice", "AP-2024-00652", "710", "20"},
        {"hank.props", "FIREARMS_SAFETY", "Hollywood Armory Training", "HAT-3902", "500", "230"},
        {"eli.actor", "FIREARMS_SAFETY", "Hollywood Armory Training", "HAT-5120", "60", "670"},
        {"dana.ad", "FIREARMS_SAFETY", "Hollywood Armory Training", "HAT-4988", "200", "530"},
        {"marcus.camera", "FIREARMS_SAFETY", "Hollywood Armory Training", "HAT-5033", "150", "580"}};
    String[] everyone = {"grace.producer", "leo.upm", "sam.safety", "rosa.armorer", "hank.props", "dana.ad",
        "eli.actor", "june.actor", "marcus.camera", "tess.grip"};
    asSafetyAdvisor(() -> {
      for (String[] c : certificates) {
        record(western, c[0], c[1], c[2], c[3], today.minusDays(Long.parseLong(c[4])),
            c[5].isEmpty() ? null : today.plusDays(Long.parseLong(c[5])));
      }
      for (String username : everyone) {
        record(western, username, "PRODUCTION_SAFETY", "Contract Services Administration Trust Fund", null,
            today.minusDays(90), null);
      }
    });
  }

  private void record(Production western, String username, String type, String issuer, String number,
      LocalDate issuedOn, LocalDate expiresOn) {
    Upload scan = new Upload(demoPdf(issuer + " " + type + " " + username), type.toLowerCase() + ".pdf");
    qualifications.record(new RecordCertification(new PersonId(accounts.findByUsername(username).orElseThrow().id()),
        western.id(), new NewCertification(type, issuer, number, issuedOn, expiresOn), scan));
  }

  /**
   * Industry Safety Bulletin #1 on every call sheet from the first day, and this morning's safety meeting on the
   * church scenes, acknowledged by Eli and June and recorded held by Dana: without it no firearm goes out today.
   * Seed it after anything that feeds the meeting's agenda (weapon plans, risk assessments), or the scenes read
   * as changed since the meeting.
   */
  private void briefToday(Production western, LocalDate firstDay, List<UUID> scenes) {
    as("sam.safety", () -> bulletins.attach(western.id(), new NewBulletin("Firearms and blank ammunition",
        "Industry Safety Bulletin #1", """
            Treat every firearm as if it were loaded.
            Live ammunition is never on a lot or stage.
            Never point a firearm at anyone without first consulting the armorer.
            Keep your finger off the trigger until ready to shoot.""", firstDay, true)));
    holdMeeting(western, scenes);
  }

  private void holdMeeting(Production western, List<UUID> scenes) {
    UUID meeting = as("dana.ad", () -> safetyMeetings.open(western.id(), scenes).id());
    for (String attendee : List.of("eli.actor", "june.actor", "rosa.armorer", "marcus.camera")) {
      as(attendee, () -> safetyMeetings.acknowledge(western.id(), meeting, null));
    }
    as("dana.ad", () -> safetyMeetings.hold(western.id(), meeting));
  }

  private <T> T as(String username, java.util.function.Supplier<T> work) {
    return acting.call(username, work);
  }

  private void asSafetyAdvisor(Runnable work) {
    acting.run("sam.safety", work);
  }

  /**
   * Today's gunfight scenes are firearms scenes; the production's general risk assessment and theirs are drafted
   * by Sam and signed by Sam, Rosa (firearms) and Dana (general), so a revolver can be issued for them.
   */
  private void assessRisks(Production western, Scene... scenes) {
    List<Control> controls = List.of(new Control(ControlLevel.ENGINEERING, "Shield or remote head for the camera."),
        new Control(ControlLevel.ADMINISTRATIVE, "Nobody within 20 ft of the muzzle; the armorer calls every take."));
    as("sam.safety", () -> riskDrafting.draft(western.id(), DraftAssessment.general(List.of(new HazardEntry(
        RiskCategory.GENERAL,
        "Long days in the heat on a working ranch: exhaustion, heat stroke, horses and uneven ground.", 3, 3,
        List.of(new Control(ControlLevel.ADMINISTRATIVE, "Water, shade and a medic at base camp; 12-hour cap.")),
        2, 3)), null)));
    as("sam.safety", () -> riskSignOffs.sign(western.id(), SignAssessment.general(1, SignOffDuty.SAFETY_ADVISOR)));
    as("dana.ad", () -> riskSignOffs.sign(western.id(), SignAssessment.general(1, SignOffDuty.FIRST_AD)));
    for (Scene scene : scenes) {
      schedule.markHazards(western.id(), scene.id(), Set.of(Hazard.FIREARMS));
      as("sam.safety", () -> riskDrafting.draft(western.id(), new DraftAssessment(scene.id(), List.of(new HazardEntry(
          RiskCategory.of(Hazard.FIREARMS),
          "A blank or a live round fired toward someone in the church.", 3, 5, controls, 1, 5)), null)));
      as("sam.safety",
          () -> riskSignOffs.sign(western.id(), new SignAssessment(scene.id(), 1, SignOffDuty.SAFETY_ADVISOR)));
      as("rosa.armorer",
          () -> riskSignOffs.sign(western.id(), new SignAssessment(scene.id(), 1, SignOffDuty.FIREARMS)));
    }
  }

  private void as(String username, Runnable work) {
    acting.run(username, work);
  }

  /** A one-page PDF standing in for a scanned certificate. */
  private static byte[] demoPdf(String text) {
    return ("%PDF-1.4\n% SetSafe demo certificate: " + text.replaceAll("[^A-Za-z0-9 ._-]", "") + "\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Demo data seeded before the safety budget was: the UPM's budget is added (unless a line is planned), for the
   * days as seeded, the first of them without weapons.
   */
  private void budgetOnEarlierSeed() {
    productions.visibleToCurrentUser().stream().filter(production -> production.name().equals(TITLE)).findFirst()
        .ifPresent(western -> {
          int days = schedule.days(western.id()).size();
          budget.seed(western, days, Math.max(0, days - 1));
        });
  }

  /**
   * Demo data seeded before the office's day was: the shoot-out's plan awaiting the safety advisor and the grips'
   * reports are added (each only if missing), once the armory is there.
   */
  private void officeDayOnEarlierSeed() {
    productions.visibleToCurrentUser().stream().filter(production -> production.name().equals(TITLE)).findFirst()
        .filter(western -> armory.stockedOn(western.id())).ifPresent(officeDay::seed);
  }
}

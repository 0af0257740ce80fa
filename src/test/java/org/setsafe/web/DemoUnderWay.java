package org.setsafe.web;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Custody;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.NewReport;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.Severity;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as a newcomer starts it (its armory on: the Colt, the blank-adapted Beretta and the rubber replica, a
 * verified box of dummies and a sealed box of blanks, today's church scene with a signed weapon plan, risk
 * assessments signed, this morning's safety meeting held), on a database of its own, and the day under way: a
 * box of dummies left over from another production has arrived (quarantined until re-inspected), the grip has
 * reported a hazard, and the armorer has shown the Colt clear to the actor, the 1st AD and the camera head, who
 * have not confirmed yet. So every kind of page a person of the crew may open has something on it, whatever other
 * tests did before.
 */
public final class DemoUnderWay implements AutoCloseable {

  private final ConfigurableApplicationContext app;
  private final UUID western;
  private final UUID revolver;
  private final java.util.Map<String, String> namedPages = new java.util.LinkedHashMap<>();

  private DemoUnderWay(ConfigurableApplicationContext app) {
    this.app = app;
    this.western = SetSafeInstances.western(app);
    this.revolver = as("rosa.armorer", () -> app.getBean(Armory.class).weapons(western)).stream()
        .filter(entry -> "SA73-4471".equals(entry.weapon().serial())).findFirst().orElseThrow().weapon().id();
  }

  /** Starts the demo on an emptied database ({@code schema} on PostgreSQL, a file under {@code dataDir} on H2). */
  public static DemoUnderWay start(String schema, Path dataDir) throws SQLException {
    ConfigurableApplicationContext app = SetSafeInstances.fresh(schema, dataDir).start(schema);
    DemoUnderWay demo = new DemoUnderWay(app);
    try {
      demo.underWay();
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    return demo;
  }

  private void underWay() {
    LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class).withZone(ZoneId.of("America/Denver")));
    Armory armory = app.getBean(Armory.class);
    as("rosa.armorer", () -> armory.registerLot(western, RoundClass.DUMMY.name(), ".45 Colt",
        "Left over from \"Hollow Point\"", today, 24, LotOrigin.FROM_ANOTHER_PRODUCTION));
    String custodyPages = "/productions/" + western + "/custody";
    as("rosa.armorer", () -> armory.weapons(western)).forEach(entry -> namedPages.put(
        custodyPages + "/weapons/" + entry.weapon().id(), switch (entry.weapon().serial()) {
          case "SA73-4471" -> "revolver shown clear, awaiting its witnesses";
          case "BER-92-20117" -> "blank pistol";
          default -> "replica";
        }));
    as("rosa.armorer", () -> armory.lots(western)).forEach(lot -> namedPages.put(
        custodyPages + "/lots/" + lot.id(), lot.origin() == LotOrigin.FROM_ANOTHER_PRODUCTION ? "quarantined lot"
            : lot.roundClass() == RoundClass.DUMMY ? "dummies lot" : "blanks lot"));
    as("tess.grip", () -> app.getBean(ReportFiling.class).file(western, new NewReport(Hazard.OTHER, Severity.MEDIUM,
        "Loose cable across the church door", "A camera cable runs across the church doorway at ankle height.",
        null, "Bonanza Creek Ranch, church", "Grip", false), null));
    Custody custody = app.getBean(Custody.class);
    Set<UUID> witnesses = Set.of(user("eli.actor"), user("dana.ad"), user("marcus.camera"));
    as("rosa.armorer", () -> {
      custody.unlock(western, revolver);
      custody.inspect(western, revolver, "Bore and chambers clear, cylinder empty");
      return custody.showClear(western, revolver, witnesses);
    });
  }

  /**
   * The pages of each weapon and lot by what is on them ("blank pistol", "quarantined lot"): a crawl that shows only
   * a few pages of a kind must still show these.
   */
  public java.util.Map<String, String> namedPages() {
    return java.util.Collections.unmodifiableMap(namedPages);
  }

  public int port() {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  public UUID western() {
    return western;
  }

  /** The Colt, shown clear and awaiting its witnesses. */
  public UUID revolver() {
    return revolver;
  }

  public ConfigurableApplicationContext app() {
    return app;
  }

  public UUID user(String username) {
    return SetSafeInstances.user(app, username);
  }

  /** Runs the work in this instance as this person of the demo crew, signed in. */
  public <T> T as(String username, Supplier<T> work) {
    return SetSafeInstances.as(app, username, work);
  }

  @Override
  public void close() {
    app.close();
  }
}

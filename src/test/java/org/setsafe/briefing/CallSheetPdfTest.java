package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.briefing.Locations.HospitalInput;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.reporting.NewReport;
import org.setsafe.reporting.ReportFiling;
import org.setsafe.reporting.Severity;
import org.setsafe.reporting.CallStopWork;
import org.setsafe.reporting.ResumeWork;
import org.setsafe.reporting.StopWork;
import org.setsafe.reporting.domain.StopWorkCall;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The call sheet's safety section of a shooting day, rendered as the crew gets it: the PDF's text carries every
 * section, text in any script prints as typed (a character no embedded font has prints as "?"), long days run on to further pages, and page 1 is
 * rendered to an image a person can look at.
 */
@SetSafeTest
class CallSheetPdfTest {

  private static final String NO_HOSPITAL = "NO HOSPITAL ENTERED FOR THIS LOCATION";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Locations locations;
  @Autowired SafetyContacts contacts;
  @Autowired ReportFiling reports;
  @Autowired CallSheetTestAgenda agenda;
  @Autowired SafetyMeetings meetings;
  @Autowired Bulletins bulletins;
  @Autowired StopWork stopWork;
  @Autowired CallSheetBriefings onTheCallSheet;

  private CallSheetProduction set;

  @BeforeEach
  void aProduction() {
    set = CallSheetProduction.create(accounts, productions, schedule, "Call Sheet Western");
    set.addSafetyAdvisor();
  }

  @Test
  void theSafetySectionPrintsEverySectionOfTheDay() throws Exception {
    ShootingDay day = set.day(set.today().plusDays(1), "Bonanza Creek Ranch, church \u2192 backlot \u039e");
    UUID eli = set.person("eli.actor");
    UUID marcus = set.person("marcus.camera");
    Scene church = set.scene(day, "12", "Church interior: the Marshal confronts Cole. Revolver drawn, not fired.",
        Set.of(Hazard.FIREARMS), Set.of(eli), marcus);
    Scene fall = set.scene(day, "14", "Cole falls from the bell tower onto the stunt pad.",
        Set.of(Hazard.STUNTS, Hazard.HEIGHTS), Set.of(), null);
    set.scene(day, "15", "The Marshal walks out into the street.", Set.of(), Set.of(), null);
    agenda.say(set.id(), day.date(), List.of(
        new AgendaItem(church.id(), "Weapon plan", "Colt SAA replica, cold", List.of("Dummies only; shown clear"
            + " to Eli Navarro, Marcus Oyelaran and the 1st AD."), false, "fp-1"),
        new AgendaItem(fall.id(), "Risk assessment", "Fall from 4 m: not signed", List.of("The stunt coordinator"
            + " has not signed the assessment."), true, "fp-2")));
    asSam(() -> locations.enterHospital(set.id(), new HospitalInput("Bonanza Creek Ranch, church \u2192 backlot \u039e",
        "Christus St. Vincent Regional Medical Center", "455 St Michael's Dr, Santa Fe, NM 87505", "+1 505 555 0100",
        "Level III trauma centre; helipad", 24)));
    asSam(() -> contacts.name(set.id(), "COMPLIANCE_CONTACT", "Leo Park",
        "+1 505 555 0111", "24/7", null));
    asSam(() -> contacts.name(set.id(), "MEDIC", "Ana Ruiz, EMT",
        "+1 505 555 0122", "On set from call to wrap", null));
    asSam(() -> contacts.name(set.id(), "COUNSELLING", "Crew Care Line",
        "+1 800 555 0133", "Mon-Fri 08:00-20:00", "Confidential"));
    crew.as(set.who("tess.grip"), () -> reports.file(set.id(), new NewReport(Hazard.FIREARMS, Severity.HIGH,
        "Loose rounds \uD83D\uDD2B on the prop cart", "Seen at lunch on the cart by the church door.", null, null,
        "Grip", false), null));

    byte[] pdf = safetySheet(day, set.who("eli.actor"));
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      render(document, "call-sheet-safety-section");
    }

    assertThat(text).contains("CALL SHEET - SAFETY SECTION", set.production.name(), "Call 06:30",
        "Location: Bonanza Creek Ranch, church → backlot Ξ");
    assertThat(text).contains("HAZARDS BY SCENE", "Sc. 12 - FIREARMS", "Revolver drawn, not fired.",
        "Weapon plan: Colt SAA replica, cold", "Dummies only; shown clear", "Sc. 14 - STUNTS, RIGGING AND HEIGHTS",
        "Risk assessment: Fall from 4 m: not signed (OPEN CONCERN)", "Sc. 15 - no hazards marked");
    assertThat(text).contains("REQUIRED MEETINGS", "Sc. 12: " + CallSheet.FIREARMS_MEETING)
        .doesNotContain("Sc. 14: Safety meeting required");
    assertThat(text).contains("SAFETY CONTACTS", "Safety advisor: Samira Haddad",
        "Compliance contact (SB 132): Leo Park +1 505 555 0111", "Set medic: Ana Ruiz, EMT +1 505 555 0122")
        .doesNotContain("NO COMPLIANCE CONTACT NAMED");
    assertThat(text).contains("NEAREST HOSPITAL", "Christus St. Vincent Regional Medical Center",
        "455 St Michael's Dr, Santa Fe, NM 87505", "Phone: +1 505 555 0100", "about 24 minutes",
        "Level III trauma centre; helipad").doesNotContain(NO_HOSPITAL);
    assertThat(text).contains("OPEN SAFETY CONCERNS", "Hazard report: Loose rounds ? on the prop cart",
        "High, Firearms", "Risk assessment: Fall from 4 m: not signed");
    assertThat(text).contains("SUPPORT", "Counselling: Crew Care Line +1 800 555 0133",
        "Mon-Fri 08:00-20:00; Confidential");
    assertThat(text).contains("BULLETIN ACKNOWLEDGMENTS");
    assertThat(text).contains("Page 1 of");
  }

  @Test
  void namesInEveryScriptPrintExactlyAsTypedOnThePdfAndThePage() throws Exception {
    List<String> names = List.of("Ελένη Παπαδοπούλου", "Анна Иванова", "José Núñez", "Zoë Łukasiewicz", "王小明",
        "山田太郎");
    ShootingDay day = set.day(set.today().plusDays(5), "Θέατρο Ηρώδου Αττικού");
    asSam(() -> contacts.name(set.id(), "COMPLIANCE_CONTACT", names.get(0), "+30 21 0000 0001", null, null));
    asSam(() -> contacts.name(set.id(), "MEDIC", names.get(1), "+7 495 000 0002", null, null));
    asSam(() -> contacts.name(set.id(), "SAFETY_HOTLINE", names.get(2), "+34 91 000 0003", null, null));
    asSam(() -> contacts.name(set.id(), "UNION_SAFETY_REP", names.get(3), "+48 22 000 0004", null, null));
    asSam(() -> contacts.name(set.id(), "COUNSELLING", names.get(4), "+86 10 0000 0005", null, null));
    asSam(() -> contacts.name(set.id(), "EMPLOYEE_ASSISTANCE", names.get(5), "+81 3 0000 0006", null, null));

    byte[] pdf = safetySheet(day, set.who("dana.ad"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains(names).contains("Location: Θέατρο Ηρώδου Αττικού").doesNotContain("?");
      for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
        for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
          org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
          assertThat(font.getName()).as("embedded as a subset").matches("[A-Z]{6}\\+.+");
          assertThat(font.isEmbedded()).isTrue();
        }
      }
      render(document, "call-sheet-in-every-script");
    }
    String page = mvc.perform(get("/productions/" + set.id() + "/schedule/days/" + day.id() + "/safety-sheet")
        .with(crew.signedIn(set.who("dana.ad")))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains(names);
  }

  @Test
  void aStopWorkInForceHeadsThePdfAndThePageUntilTheSafetyAdvisorResumesWork() throws Exception {
    ShootingDay day = set.day(set.today().plusDays(6), "Cerro Pelon Ranch, church");
    Scene church = set.scene(day, "12", "Church interior: revolver drawn, not fired.", Set.of(Hazard.FIREARMS),
        Set.of(set.person("eli.actor")), set.person("marcus.camera"));
    StopWorkCall call = crew.as(set.who("tess.grip"), () -> stopWork.call(set.id(),
        CallStopWork.onScene(church.id(), "Live round found among the dummies on the cart")));

    String text = text(safetySheet(day, set.who("eli.actor")));
    assertThat(text).contains("WORK STOPPED: SC. 12 Called by Tess Lindqvist,",
        "Why: Live round found among the dummies on the cart",
        "No firearm is issued, loaded or shown clear for this scene until the safety advisor resumes work.");
    assertThat(text.indexOf("WORK STOPPED")).as("above the day").isLessThan(text.indexOf("THE DAY"));
    mvc.perform(get("/productions/" + set.id() + "/schedule/days/" + day.id() + "/safety-sheet")
            .with(crew.signedIn(set.who("eli.actor")))).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Work stopped: Sc. 12")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Tess Lindqvist")));

    crew.as(set.who("sam.safety"), () -> stopWork.resume(set.id(),
        new ResumeWork(call.id(), "Cart emptied, every round checked")));

    assertThat(text(safetySheet(day, set.who("eli.actor")))).doesNotContain("WORK STOPPED");
  }

  @Test
  void theSafetySectionListsTodaysMeetingWithWhoAttendedAndEachCrewMembersBulletinAcknowledgment() throws Exception {
    ShootingDay day = set.day(set.today(), "Cerro Pelon Ranch, church");
    UUID eli = set.person("eli.actor");
    Scene church = set.scene(day, "12", "Church interior: revolver drawn, not fired.", Set.of(Hazard.FIREARMS),
        Set.of(eli), set.person("marcus.camera"));
    Bulletins.Bulletin bulletin = crew.as(set.who("sam.safety"), () -> bulletins.attach(set.id(),
        new Bulletins.NewBulletin("Firearms and blank ammunition", "Industry Safety Bulletin #1",
            "Treat every firearm as loaded.", day.date(), false)));
    crew.as(set.who("eli.actor"), () -> bulletins.acknowledge(set.id(), bulletin.id(), eli));
    SafetyMeetings.Meeting meeting = crew.as(set.who("dana.ad"), () -> meetings.open(set.id(), List.of(church.id())));
    crew.as(set.who("eli.actor"), () -> meetings.acknowledge(set.id(), meeting.id(), eli));
    crew.as(set.who("dana.ad"), () -> meetings.hold(set.id(), meeting.id()));

    String text = text(safetySheet(day, set.who("tess.grip")));

    assertThat(text).contains("Safety meeting, scenes 12", "Held at", "(Dana Whitcombe)", "Acknowledged: Eli Navarro",
        "Not acknowledged:", "Marcus Oyelaran");
    assertThat(text).contains("BULLETIN ACKNOWLEDGMENTS",
        "Eli Navarro (Performer) - Firearms and blank ammunition - acknowledged",
        "Marcus Oyelaran (Camera crew) - Firearms and blank ammunition - NOT ACKNOWLEDGED")
        .doesNotContain("not recorded in SetSafe");
  }

  @Test
  void aSpanishReaderReadsTheDaysMeetingsInSpanishOnThePageAndThePdf() throws Exception {
    ShootingDay day = set.day(set.today(), "Bonanza Creek Ranch, church");
    UUID eli = set.person("eli.actor");
    Scene church = set.scene(day, "12", "Church interior: revolver drawn, not fired.", Set.of(Hazard.FIREARMS),
        Set.of(eli), set.person("marcus.camera"));
    Scene porch = set.scene(day, "12A", "Church porch: Cole fires one blank.", Set.of(Hazard.FIREARMS), Set.of(eli),
        null);
    SafetyMeetings.Meeting held = crew.as(set.who("dana.ad"), () -> meetings.open(set.id(),
        List.of(church.id(), porch.id())));
    crew.as(set.who("eli.actor"), () -> meetings.acknowledge(set.id(), held.id(), eli));
    crew.as(set.who("dana.ad"), () -> meetings.hold(set.id(), held.id()));
    // A late arrival needs a meeting of its own: opened, nobody has acknowledged it yet.
    crew.as(set.who("dana.ad"), () -> meetings.open(set.id(), List.of(porch.id())));

    List<CallSheetBriefings.MeetingLine> lines = crew.as(set.who("dana.ad"),
        () -> onTheCallSheet.meetingsOn(set.id(), day.date()));
    assertThat(lines).hasSize(2).allSatisfy(line -> {
      saidAsWritten(line.titleWords(), line.title());
      saidAsWritten(line.statusWords(), line.status());
      saidAsWritten(line.detailWords(), line.detail());
    });
    assertThat(lines).extracting(CallSheetBriefings.MeetingLine::status)
        .anySatisfy(status -> assertThat(status).startsWith("Held at ").endsWith(" (Dana Whitcombe)"))
        .anySatisfy(status -> assertThat(status).startsWith("Opened at ").endsWith(", not yet recorded held"));
    assertThat(lines).extracting(CallSheetBriefings.MeetingLine::detail)
        .anySatisfy(detail -> assertThat(detail).startsWith("Acknowledged: nobody. Not acknowledged: "));

    String page = "/productions/" + set.id() + "/schedule/days/" + day.id() + "/safety-sheet";
    String spanish = mvc.perform(get(page).with(crew.signedIn(set.who("tess.grip")))
            .header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(spanish).contains("Junta de seguridad, escenas 12, 12A — Hecha a las ")
        .contains(" (Dana Whitcombe)").contains("Junta de seguridad, escenas 12A — Abierta a las ")
        .contains(", todavía sin registrar como hecha")
        .doesNotContain("Safety meeting, scenes").doesNotContain("Held at").doesNotContain("Opened at")
        .doesNotContain("not yet recorded held");
    String english = mvc.perform(get(page).with(crew.signedIn(set.who("tess.grip")))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(english).contains("Safety meeting, scenes 12, 12A — Held at ").contains("(Dana Whitcombe)")
        .contains("Safety meeting, scenes 12A — Opened at ");

    // The API answers the English, whoever asks, and not the words.
    mvc.perform(get("/api" + page).header("Authorization", crew.bearer(set.who("eli.actor")))
            .header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.meetings[*].title").value(org.hamcrest.Matchers.hasItem("Safety meeting, scenes 12, 12A")))
        .andExpect(jsonPath("$.meetings[*].titleWords").isEmpty())
        .andExpect(jsonPath("$.meetings[*].statusWords").isEmpty())
        .andExpect(jsonPath("$.meetings[*].detailWords").isEmpty())
        // Nor anywhere else in the sheet: the agenda's items keep their words for the pages.
        .andExpect(jsonPath("$..titleWords").isEmpty())
        .andExpect(jsonPath("$..lineWords").isEmpty())
        .andExpect(jsonPath("$..detailWords").isEmpty());

    String pdf = text(mvc.perform(get(page + ".pdf").with(crew.signedIn(set.who("tess.grip")))
            .header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    assertThat(pdf).contains("Junta de seguridad, escenas 12, 12A - Hecha a las ", "Confirmaron: Eli Navarro",
        "Sin confirmar:", "Confirmaron: nadie. Sin confirmar:")
        .doesNotContain("Held at").doesNotContain("Acknowledged:").doesNotContain("Not acknowledged:");
  }

  @Test
  void aLocationWithoutAHospitalAndADayWithoutContactsSayItLoudly() throws Exception {
    ShootingDay day = set.day(set.today().plusDays(2), "Galisteo Basin, dry wash");
    set.scene(day, "19", "Dry wash ambush: rifle fire from the ridge.", Set.of(Hazard.FIREARMS), Set.of(), null);

    String text = text(safetySheet(day, set.who("grace.producer")));

    assertThat(text).contains(NO_HOSPITAL + ": Galisteo Basin, dry wash", "NO COMPLIANCE CONTACT NAMED",
        "OPEN SAFETY CONCERNS", "Weapon plan: Scene 19: no weapon plan", "Risk assessment: Scene 19: no risk assessment",
        "No counselling or employee assistance contact entered.",
        "Sc. 19: " + CallSheet.FIREARMS_MEETING);
  }

  @Test
  void aLongDayRunsOnToFurtherPagesWithEverySceneOnIt() throws Exception {
    ShootingDay day = set.day(set.today().plusDays(3), "Cerrillos Hills, ridge line");
    String description = "Ridge line shoot-out at dusk, riders cross the wash and take cover behind the rocks while"
        + " the posse fires blanks from the ridge; camera on a remote head behind the shield, crew twenty feet clear"
        + " of every muzzle, the armorer beside each performer. " + "AVeryLongWordWithoutSpacesLikeASerialNumber"
        .repeat(4);
    for (int i = 1; i <= 30; i++) {
      set.scene(day, "R" + i, description, Set.of(Hazard.FIREARMS, Hazard.ANIMALS), Set.of(), null);
    }

    byte[] pdf = safetySheet(day, set.who("dana.ad"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(3);
      assertThat(text).contains("HAZARDS BY SCENE (CONTINUED)", "Page " + pages + " of " + pages,
          "BULLETIN ACKNOWLEDGMENTS");
      for (int i = 1; i <= 30; i++) {
        assertThat(text).contains("Sc. R" + i + " - FIREARMS, ANIMALS", "Sc. R" + i + ": Safety meeting required");
      }
      assertThat(text.indexOf("Sc. R2 - ")).as("R2 before R10, as the script orders them")
          .isLessThan(text.indexOf("Sc. R10 - "));
      render(document, "call-sheet-safety-section-long");
      Files.createDirectories(Path.of("target", "screenshots"));
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(1, 100, ImageType.RGB), "png",
          Path.of("target", "screenshots", "call-sheet-safety-section-long-page2.png").toFile());
    }
  }

  @Test
  void theCrewReadsTheSafetySectionAndStrangersDoNot() throws Exception {
    ShootingDay day = set.day(set.today().plusDays(4), "Stage 4");
    String page = "/productions/" + set.id() + "/schedule/days/" + day.id() + "/safety-sheet";

    mvc.perform(get(page).with(crew.signedIn(set.who("tess.grip")))).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("NO HOSPITAL ENTERED FOR THIS LOCATION")));
    mvc.perform(get("/api/productions/" + set.id() + "/schedule/days/" + day.id() + "/safety-sheet")
            .header("Authorization", crew.bearer(set.who("eli.actor"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.location").value("Stage 4"))
        .andExpect(jsonPath("$.hospital").doesNotExist());
    mvc.perform(get(page + ".pdf").with(crew.signedIn("june.actor"))).andExpect(status().isNotFound());
  }

  private byte[] safetySheet(ShootingDay day, String as) throws Exception {
    return mvc.perform(get("/productions/" + set.id() + "/schedule/days/" + day.id() + "/safety-sheet.pdf")
            .with(crew.signedIn(as)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** Page 1 at 100 dpi into target/screenshots, for a person to look at; its black header band must be there. */
  private static void render(PDDocument document, String name) throws Exception {
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB);
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    ImageIO.write(image, "png", new File(dir.toFile(), name + ".png"));
    int dark = 0;
    int header = 100 * 78 / 72;
    for (int y = 0; y < header; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
        if (luminance < 64) {
          dark++;
        }
      }
    }
    assertThat(dark).as("dark pixels in the header band").isGreaterThan(image.getWidth() * header / 2);
  }

  private void asSam(Runnable work) {
    crew.as(set.who("sam.safety"), () -> {
      work.run();
      return null;
    });
  }
}

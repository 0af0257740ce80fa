package org.setsafe.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.setsafe.onboarding.domain.ColumnMapping;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.onboarding.domain.CrewField;
import org.setsafe.onboarding.domain.CrewRow;
import org.setsafe.onboarding.domain.CrewSheet;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.SpreadsheetCells;

/** How an office's crew list is read: its headings guessed, its dates and roles understood, its mistakes named. */
class CrewSheetTest {

  private static final ColumnMapping NONE = new ColumnMapping(Map.of());

  @Test
  void headingsAnOfficeUsesAreMappedWithoutAsking() {
    CrewSheet sheet = CrewSheet.read("\uFEFFFull Name,E-mail Address,Cell,Dept,Job Title,Role,Start,Finish\n"
        + "Ana Ruiz,ANA@crew.example,555,Grip,Key grip,Crew,3/1/2027,\n", NONE);
    assertThat(sheet.mapping().heading(CrewField.NAME)).contains("Full Name");
    assertThat(sheet.mapping().heading(CrewField.EMAIL)).contains("E-mail Address");
    assertThat(sheet.mapping().heading(CrewField.PHONE)).contains("Cell");
    assertThat(sheet.mapping().heading(CrewField.ENDS)).isEmpty();
    CrewRow ana = sheet.rows().get(0);
    assertThat(ana.fine()).isTrue();
    assertThat(ana.email()).isEqualTo("ana@crew.example");
    assertThat(ana.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(ana.roles()).containsExactly(CrewRole.CREW);
  }

  @Test
  void everyProblemOfEveryRowIsNamedAtOnce() {
    CrewSheet sheet = CrewSheet.read("Name,Email,Department,Role,Start date,End date\n"
        + ",not-an-address,,Gaffer Supreme;1st AD,2027-02-30,2027-01-01\n"
        + "Ben Ota,ben@crew.example,,Crew,2027-03-01,2027-02-01\n", NONE);
    assertThat(sheet.importable()).isFalse();
    assertThat(sheet.rows().get(0).problems()).extracting(p -> p.said()).containsExactly(
        "Name: is empty", "Email: 'not-an-address' is not an address like name@example.org",
        "Role: 'Gaffer Supreme' is not a role SetSafe knows; use one of Armorer, Property master, 1st AD, Performer,"
            + " Crew, Camera crew, Stunt coordinator, Special effects, Safety advisor, UPM, Producer",
        "Start date: '2027-02-30' is not a date; write 2027-03-01 or 3/1/2027");
    assertThat(sheet.rows().get(1).problems()).extracting(p -> p.said()).containsExactly(
        "Department: is needed for crew (e.g. Camera, Grip)", "End date: 2027-02-01 is before the start date 2027-03-01");
  }

  @Test
  void aFormulaGuardedOnExportIsReadBackAsWritten() {
    String phone = SpreadsheetCells.guarded("+1 505 555 0100");
    assertThat(phone).isEqualTo("'+1 505 555 0100");
    assertThat(SpreadsheetCells.guarded("=HYPERLINK(\"x\")")).startsWith("'=");
    assertThat(SpreadsheetCells.guarded("Ana")).isEqualTo("Ana");
    CrewSheet sheet = CrewSheet.read("Name,Email,Phone,Role\nAna,ana@crew.example," + phone + ",UPM\n", NONE);
    assertThat(sheet.rows().get(0).phone()).isEqualTo("+1 505 555 0100");
  }

  @Test
  void oddTextIsARowProblemAndAnUnreadableFileIsRefusedNamingTheField() {
    CrewSheet sheet = CrewSheet.read("Name,Email,Role\nA\u0000na,ana@crew.example,UPM\n", NONE);
    assertThat(sheet.rows().get(0).problems()).extracting(p -> p.field()).containsExactly(CrewField.NAME,
        CrewField.NAME);
    assertThatThrownBy(() -> CrewSheet.read("Name,Email,Role\n\"Ana,ana@crew.example,UPM\n", NONE))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("csv");
    assertThatThrownBy(() -> CrewSheet.read(" ", NONE)).isInstanceOf(InvalidInputException.class)
        .extracting("rule").isEqualTo("NotBlank");
  }

  @Test
  void aListLongerThanAnyCrewIsRefusedBeforeItIsChecked() {
    StringBuilder csv = new StringBuilder("Name,Email,Role\n");
    for (int n = 0; n <= CrewSheet.MAX_ROWS; n++) {
      csv.append("P").append(n).append(",p").append(n).append("@crew.example,Crew\n");
    }
    assertThatThrownBy(() -> CrewSheet.read(csv.toString(), NONE)).isInstanceOf(InvalidInputException.class)
        .extracting("rule").isEqualTo("MaxRows");
    assertThatThrownBy(() -> CrewSheet.read("Name\n" + "x".repeat(CrewSheet.MAX_CHARACTERS), NONE))
        .extracting("rule").isEqualTo("MaxSize");
  }

  @Test
  void theFilesProblemsAndEachRowsAreSaidInTheReadersWordsAsWritten() {
    saidAsWritten(catchThrowableOfType(InvalidInputException.class, () -> CrewSheet.read(" ", NONE)));
    saidAsWritten(catchThrowableOfType(InvalidInputException.class,
        () -> CrewSheet.read("Name\n" + "x".repeat(CrewSheet.MAX_CHARACTERS), NONE)));
    saidAsWritten(catchThrowableOfType(InvalidInputException.class,
        () -> CrewSheet.read("Name,Email,Role\n\"Ana,ana@crew.example,UPM\n", NONE)));
    StringBuilder csv = new StringBuilder("Name,Email,Role\n");
    for (int n = 0; n <= CrewSheet.MAX_ROWS; n++) {
      csv.append("P").append(n).append(",p").append(n).append("@crew.example,Crew\n");
    }
    saidAsWritten(catchThrowableOfType(InvalidInputException.class, () -> CrewSheet.read(csv.toString(), NONE)));

    CrewSheet sheet = CrewSheet.read("Name,Email,Department,Role,Start date,End date,Language\n"
        + ",not-an-address,,Gaffer Supreme;1st AD,2027-02-30,2027-01-01,fr\n"
        + "Ben Ota,ben@crew.example,,Crew,2027-03-01,2027-02-01,\n"
        + "Ben Two,ben@crew.example,Grip,,,,\n", NONE);
    sheet.rows().stream().flatMap(r -> r.problems().stream()).forEach(p -> saidAsWritten(
        new InvalidInputException("csv", p.rule(), p.said()).saying(p.words().key(), p.words().args().toArray())));
  }

  @Test
  void anInvitationTypedInIsRefusedInTheReadersWordsAsWritten() {
    Set<CrewRole> grip = Set.of(CrewRole.CREW);
    saidAsWritten(offerRefused(new Invitations.Offer("not an address", "Ana Ruiz", grip, "Grip", CrewDetail.NONE)));
    saidAsWritten(offerRefused(new Invitations.Offer(null, "Ana Ruiz", Set.of(), "Grip", CrewDetail.NONE)));
    saidAsWritten(offerRefused(new Invitations.Offer(null, "Ana Ruiz", grip, null, CrewDetail.NONE)));
    saidAsWritten(offerRefused(new Invitations.Offer(null, "Ana Ruiz", grip, "Grip",
        new CrewDetail(null, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)))));
    saidAsWritten(offerRefused(new Invitations.Offer(null, "Ana Ruiz", grip, "Grip", CrewDetail.NONE, "fr")));
  }

  private static InvalidInputException offerRefused(Invitations.Offer offer) {
    return catchThrowableOfType(InvalidInputException.class, () -> Invitations.check(offer));
  }

  @Test
  void aRememberedMappingSurvivesItsStorageAndFitsTheNextFile() {
    ColumnMapping mine = ColumnMapping.fromStored(ColumnMapping.guess(List.of("Crew member", "Mail", "Roles"))
        .stored());
    assertThat(mine.heading(CrewField.EMAIL)).contains("Mail");
    ColumnMapping chosen = new ColumnMapping(Map.of(CrewField.NAME, "Crew member, full", CrewField.ROLE, "Roles"));
    ColumnMapping back = ColumnMapping.fromStored(chosen.stored());
    assertThat(back).isEqualTo(chosen);
    assertThat(back.fitting(List.of("Crew member, full", "Email", "Roles")).missing()).isEmpty();
  }
}

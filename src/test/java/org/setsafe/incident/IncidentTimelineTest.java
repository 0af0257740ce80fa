package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.ledger.domain.Checkpoint;
import org.setsafe.ledger.domain.MerkleHashes;
import org.setsafe.ledger.domain.MerkleProofs;
import org.setsafe.ledger.domain.SignedNote;
import org.setsafe.ledger.domain.VerifierKey;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The timeline of an unintended discharge, as the safety advisor rebuilds the morning from the record: the revolver
 * shown clear to the actor, the 1st AD and the camera head, issued for scene 42A, fired in the actor's hand, each
 * line with a proof that checks offline against the checkpoint pinned when the incident opened; another weapon's
 * morning and another production's stay out; the investigators' notes come in marked as added later, their words
 * for investigators only; the exports carry every line and its proof.
 */
@SetSafeTest
class IncidentTimelineTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;
  @Autowired TimelineSection section;

  private IncidentsOnSet set;

  @BeforeEach
  void callTime() {
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Timeline at Cerro Pelon");
  }

  @Test
  void theMorningOfTheDischargeReadsInOrderAndEveryLineProvesItselfAgainstThePin() throws Exception {
    Morning morning = dischargeAfterACustodyMorning();
    String timeline = body(set.get("sam.safety", morning.timeline()).andExpect(status().isOk()));
    long pinned = pinnedSize(morning.incident());

    // The revolver's morning, in the order it happened.
    List<String> kinds = JsonPath.read(timeline, "$.lines[*].ledgerKind");
    assertThat(kinds).containsSubsequence("custody.weapon-registered", "custody.weapon-received",
        "custody.shown-clear", "custody.show-clear-confirmed", "custody.show-clear-confirmed",
        "custody.show-clear-confirmed", "custody.weapon-issued", "custody.accidental-discharge", "incident.opened");
    List<Map<String, Object>> lines = JsonPath.read(timeline, "$.lines");
    Map<String, Object> issued = lines.stream().filter(l -> "custody.weapon-issued".equals(l.get("ledgerKind")))
        .findFirst().orElseThrow();
    assertThat(issued.get("kind")).isEqualTo("Weapon issued");
    assertThat(issued.get("who")).isEqualTo("Rosa Delgado");
    assertThat((String) issued.get("what")).contains("Eli Navarro").contains("42A");

    // Every line inside the pinned tree verifies against the pinned checkpoint, signed by the ledger's key.
    String pinNote = JsonPath.<List<String>>read(timeline, "$.checkpoints[?(@.pinned == true)].note").get(0);
    byte[] pinRoot = signedRoot(pinNote, pinned);
    int checked = 0;
    for (Map<String, Object> line : lines) {
      if (line.get("index") == null) {
        continue;
      }
      long index = ((Number) line.get("index")).longValue();
      if (index < pinned) {
        Map<String, Object> proof = proofOf(line);
        assertThat(proof.get("pinned")).isEqualTo(true);
        assertThat(((Number) proof.get("treeSize")).longValue()).isEqualTo(pinned);
        assertThat(verifies(line, pinRoot, (String) line.get("leaf"))).as("entry %d", index).isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(9);

    // One byte changed in the recorded fact and the proof fails.
    String leaf = (String) issued.get("leaf");
    String tampered = leaf.replace("\"custody.weapon-issued\"", "\"custody.weapon-issuef\"");
    assertThat(tampered).isNotEqualTo(leaf).hasSameSizeAs(leaf);
    assertThat(verifies(issued, pinRoot, tampered)).isFalse();
    // ...and against another root (the wrong checkpoint) it fails too.
    byte[] otherRoot = pinRoot.clone();
    otherRoot[0] ^= 1;
    assertThat(verifies(issued, otherRoot, leaf)).isFalse();

    // Another weapon of the production, handled the same morning, and another production's revolver stay out.
    String allLeaves = String.join("\n", JsonPath.<List<String>>read(timeline, "$.lines[*].leaf"));
    assertThat(allLeaves).contains(morning.revolver()).doesNotContain(morning.otherWeapon())
        .doesNotContain(morning.elsewhere());
  }

  @Test
  void filtersByPersonWeaponAndKindAndNotesComeInAddedLaterWithTheirWordsForInvestigatorsOnly() throws Exception {
    Morning morning = dischargeAfterACustodyMorning();
    String incident = morning.incident();

    // The 1st AD's part: what she did or what names her (the show-clear she witnessed), nothing else.
    String dana = set.userId("dana.ad").toString();
    String byDana = body(set.get("sam.safety", morning.timeline() + "?person=" + dana).andExpect(status().isOk()));
    List<Map<String, Object>> danaLines = JsonPath.read(byDana, "$.lines");
    assertThat(danaLines).isNotEmpty().allSatisfy(l -> assertThat((String) l.get("leaf")).contains(dana));
    assertThat(JsonPath.<List<String>>read(byDana, "$.lines[*].ledgerKind"))
        .contains("custody.shown-clear", "custody.show-clear-confirmed").doesNotContain("custody.weapon-issued");

    // The revolver's lines all name it; the kind filter takes the ledger's word or the crew's.
    String byWeapon = body(set.get("sam.safety", morning.timeline() + "?weapon=" + morning.revolver()));
    assertThat(JsonPath.<List<String>>read(byWeapon, "$.lines[*].leaf"))
        .isNotEmpty().allSatisfy(leaf -> assertThat(leaf).contains(morning.revolver()));
    set.get("sam.safety", morning.timeline() + "?kind=custody.weapon-issued")
        .andExpect(jsonPath("$.lines.length()").value(1));
    set.get("sam.safety", morning.timeline() + "?kind=Weapon issued")
        .andExpect(jsonPath("$.lines.length()").value(1))
        .andExpect(jsonPath("$.lines[0].ledgerKind").value("custody.weapon-issued"));
    // The API answers in English whoever asks, as every other API: a Spanish-reading caller gets the same words and
    // filters by the same English word.
    set.get("sam.safety", morning.timeline() + "?kind=Weapon issued", "es")
        .andExpect(jsonPath("$.lines.length()").value(1))
        .andExpect(jsonPath("$.lines[0].kind").value("Weapon issued"));

    // The safety advisor notes what the count showed, about the moment of the discharge, concerning the actor.
    String eli = set.userId("eli.actor").toString();
    String note = body(set.post("sam.safety", "incidents/" + incident + "/notes",
        "{\"text\":\"+1 round unaccounted for in the wrap count of the Colt's lot\",\"personIds\":[\"" + eli + "\"]}")
        .andExpect(status().isCreated()));
    String noteId = JsonPath.read(note, "$.id");
    String sha256 = JsonPath.read(note, "$.textSha256");
    clock.advance(Duration.ofMinutes(2));
    // A correction is a new note naming the one it corrects; the first stays.
    set.post("leo.upm", "incidents/" + incident + "/notes",
        "{\"text\":\"The count was of the dummies' lot, not the blanks\",\"corrects\":\"" + noteId + "\"}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.corrects").value(noteId));

    String read = body(set.get("sam.safety", morning.timeline()));
    assertThat(JsonPath.<List<String>>read(read, "$.lines[?(@.addedLater == true)].kind"))
        .containsExactly("Investigator's note", "Investigator's note");
    assertThat(JsonPath.<List<Object>>read(read, "$.lines[?(@.addedLater == true)].index")).containsOnlyNulls();
    assertThat(JsonPath.<List<String>>read(read, "$.lines[?(@.addedLater == true)].addedBy"))
        .containsExactly("Samira Haddad", "Leo Park");
    assertThat(JsonPath.<List<String>>read(read, "$.lines[?(@.addedLater == true)].what").get(1))
        .startsWith("Corrects the note " + noteId.substring(0, 8)).endsWith("not the blanks");
    set.get("sam.safety", morning.timeline() + "?person=" + eli)
        .andExpect(jsonPath("$.lines[?(@.addedLater == true)].addedId").value(org.hamcrest.Matchers.contains(noteId)));
    set.get("sam.safety", morning.timeline() + "?weapon=" + morning.revolver())
        .andExpect(jsonPath("$.lines[?(@.addedLater == true)]").isEmpty());
    set.get("sam.safety", morning.timeline() + "?kind=investigator's note")
        .andExpect(jsonPath("$.lines.length()").value(2));

    // The grip sees that notes were added, and when, but not their words nor who wrote them.
    String asGrip = body(set.get("tess.grip", morning.timeline()).andExpect(status().isOk()));
    assertThat(asGrip).doesNotContain("unaccounted").doesNotContain("not the blanks");
    assertThat(JsonPath.<List<Object>>read(asGrip, "$.lines[?(@.addedLater == true)].addedBy"))
        .hasSize(2).containsOnlyNulls();
    assertThat(JsonPath.<List<Boolean>>read(asGrip, "$.lines[?(@.addedLater == true)].wordsWithheld"))
        .containsExactly(true, true);
    // Only investigators add notes or read them; the refusal is a 403.
    set.post("tess.grip", "incidents/" + incident + "/notes", "{\"text\":\"I saw it too\"}")
        .andExpect(status().isForbidden());
    set.get("eli.actor", "incidents/" + incident + "/notes").andExpect(status().isForbidden());
    // Studio safety investigate every production: they add notes and read the words.
    set.post("demo.studio", "incidents/" + incident + "/notes", "{\"text\":\"Studio reviewing the armory records\"}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.writtenBy").value("Frank Osei"));
    set.get("demo.studio", morning.timeline() + "?kind=Investigator's note")
        .andExpect(jsonPath("$.lines.length()").value(3))
        .andExpect(jsonPath("$.lines[?(@.what == 'Studio reviewing the armory records')].addedBy")
            .value(org.hamcrest.Matchers.contains("Frank Osei")));
    // An administrator off the crew looks after the installation; investigating is not theirs.
    set.post("demo.admin", "incidents/" + incident + "/notes", "{\"text\":\"Looked at it\"}")
        .andExpect(status().isForbidden());

    // The ledger holds the note's SHA-256, never its words; after the next checkpoint, those lines prove themselves
    // against the latest checkpoint.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(SystemActor.call(() -> ledger.history(set.id(),
        "incident:" + incident)).stream().filter(e -> e.kind().equals("incident.note-added")).map(LedgerEntry::leaf))
        .hasSize(3).anySatisfy(leaf -> assertThat(leaf).contains(sha256).doesNotContain("unaccounted")));
    SystemActor.call(ledger::signCheckpoints);
    String later = body(set.get("sam.safety", morning.timeline() + "?kind=incident.note-added"));
    List<Map<String, Object>> noteFacts = JsonPath.read(later, "$.lines");
    assertThat(noteFacts).hasSize(3);
    String latestNote = JsonPath.<List<String>>read(later, "$.checkpoints[?(@.pinned == false)].note").get(0);
    long latestSize = ((Number) JsonPath.<List<Object>>read(later, "$.checkpoints[?(@.pinned == false)].treeSize")
        .get(0)).longValue();
    byte[] latestRoot = signedRoot(latestNote, latestSize);
    for (Map<String, Object> line : noteFacts) {
      assertThat(proofOf(line).get("pinned")).isEqualTo(false);
      assertThat(verifies(line, latestRoot, (String) line.get("leaf"))).isTrue();
    }

    // The CSV parses back line for line, with each line's proof; a note typed like a formula does not run.
    String csv = set.get("sam.safety", morning.timeline().replace("/timeline", "/timeline.csv"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    List<Map<String, Object>> all = JsonPath.read(body(set.get("sam.safety", morning.timeline())), "$.lines");
    assertThat(records).hasSameSizeAs(all);
    CSVRecord issuedRow = records.stream().filter(r -> r.get("Ledger kind").equals("custody.weapon-issued"))
        .findFirst().orElseThrow();
    Map<String, Object> issuedLine = all.stream().filter(l -> "custody.weapon-issued".equals(l.get("ledgerKind")))
        .findFirst().orElseThrow();
    assertThat(issuedRow.get("Ledger index")).isEqualTo(issuedLine.get("index").toString());
    assertThat(issuedRow.get("Leaf hash (SHA-256, hex)")).isEqualTo(HexFormat.of().formatHex(
        Base64.getDecoder().decode((String) proofOf(issuedLine).get("leafHash"))));
    assertThat(issuedRow.get("Proof")).contains("entry " + issuedLine.get("index") + " in checkpoint of");
    assertThat(records).anySatisfy(r -> assertThat(r.get("What")).isEqualTo("'+1 round unaccounted for in the wrap "
        + "count of the Colt's lot"));
    // A Spanish reader's CSV is the same export: the kinds and the sentences in the record's English.
    String csvForASpanishReader = set.get("sam.safety", morning.timeline().replace("/timeline", "/timeline.csv"), "es")
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    CSVRecord issuedForASpanishReader = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csvForASpanishReader)).getRecords().stream()
        .filter(r -> r.get("Ledger kind").equals("custody.weapon-issued")).findFirst().orElseThrow();
    assertThat(issuedForASpanishReader.get("Kind")).isEqualTo("Weapon issued").isEqualTo(issuedRow.get("Kind"));
    assertThat(issuedForASpanishReader.get("What")).isEqualTo(issuedRow.get("What")).contains(" issued ");
    // The filters hold for the export too.
    String csvByKind = set.get("sam.safety", morning.timeline().replace("/timeline", "/timeline.csv")
        + "?kind=custody.weapon-issued").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csvByKind)).getRecords()).hasSize(1);

    // The PDF holds the lines, each with its ledger entry, and the notes marked as added later.
    byte[] pdf = set.get("sam.safety", morning.timeline().replace("/timeline", "/timeline.pdf"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text).contains("INCIDENT TIMELINE").contains("Weapon issued")
        .contains("entry " + issuedLine.get("index") + " in checkpoint of").contains("ADDED LATER")
        .contains("+1 round unaccounted").contains("SIGNED CHECKPOINTS");
    String pdfByWeapon;
    try (PDDocument document = Loader.loadPDF(set.get("sam.safety", morning.timeline().replace("/timeline",
        "/timeline.pdf") + "?weapon=" + morning.revolver()).andReturn().getResponse().getContentAsByteArray())) {
      pdfByWeapon = new PDFTextStripper().getText(document);
    }
    assertThat(pdfByWeapon).contains("Weapon issued").doesNotContain("ADDED LATER");
    // A Spanish reader asks for a copy to read: the timeline's own words in Spanish, the kinds in the copy's words,
    // what was recorded as recorded.
    String pdfInSpanish;
    try (PDDocument document = Loader.loadPDF(set.get("sam.safety", morning.timeline().replace("/timeline",
        "/timeline.pdf") + "?language=es").andExpect(status().isOk())
        .andExpect(header().string("Content-Language", "es")).andReturn().getResponse().getContentAsByteArray())) {
      pdfInSpanish = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(pdfInSpanish).contains("CRONOLOGÍA DEL INCIDENTE", "Copia para leer", "Filtros: ninguno",
        "AGREGADO DESPUÉS", "PUNTOS DE CONTROL FIRMADOS", "Arma entregada", "+1 round unaccounted")
        .doesNotContain("INCIDENT TIMELINE", "ADDED LATER", "SIGNED CHECKPOINTS");
    set.get("sam.safety", morning.timeline().replace("/timeline", "/timeline.pdf") + "?language=klingon")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));

    // The report's timeline section has every line, with the words.
    List<List<String>> rows = section.rows(UUID.fromString(incident));
    assertThat(section.position()).isEqualTo(20);
    assertThat(section.heading()).isEqualTo("Timeline");
    assertThat(rows.get(0)).containsExactly("When", "Kind", "Who", "What", "Ledger entry", "Proof");
    assertThat(rows).hasSize(all.size() + 1)
        .anySatisfy(row -> assertThat(row.get(3)).contains("unaccounted"));
  }

  @Test
  void badNotesAreRefusedNamingTheFieldAndTheRuleAndStrangersFindNothing() throws Exception {
    String incident = openedByHand();
    String notes = "incidents/" + incident + "/notes";
    refused(set.post("sam.safety", notes, "{\"text\":\"  \"}"), "text", "Size");
    refused(set.post("sam.safety", notes, "{}"), "text", "Size");
    refused(set.post("sam.safety", notes, "{\"text\":\"Round\\u0000found\"}"), "text", "NoControlCharacters");
    refused(set.post("sam.safety", notes, "{\"text\":\"Bell\\u0007\"}"), "text", "NoControlCharacters");
    refused(set.post("sam.safety", notes, "{\"text\":\"" + "x".repeat(4001) + "\"}"), "text", "Size");
    refused(set.post("sam.safety", notes, "{\"text\":\"A correction\",\"corrects\":\"" + UUID.randomUUID() + "\"}"),
        "corrects", "Exists");
    refused(set.post("sam.safety", notes, "{\"text\":\"About someone\",\"personIds\":[\"" + UUID.randomUUID()
        + "\"]}"), "personIds[0]", "OnTheCrew");
    refused(set.post("sam.safety", notes, "{\"text\":\"Tomorrow\",\"about\":\"2999-01-01T00:00:00Z\"}"), "about",
        "NotInTheFuture");
    refused(withKind(set.user("sam.safety"), incident, "weapon\u0000issued"), "kind", "NoControlCharacters");
    // Nothing of it was written.
    set.get("sam.safety", notes).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    set.post("sam.safety", notes, "{\"text\":\"4000 characters are fine: " + "x".repeat(3973) + "\"}")
        .andExpect(status().isCreated());

    // Someone on another production learns nothing, whatever they send.
    IncidentsOnSet other = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Elsewhere");
    String stranger = other.user("sam.safety");
    set.get(stranger, "incidents/" + incident + "/timeline").andExpect(status().isNotFound());
    set.get(stranger, "incidents/" + incident + "/timeline.csv").andExpect(status().isNotFound());
    set.get(stranger, "incidents/" + incident + "/timeline.pdf").andExpect(status().isNotFound());
    set.post(stranger, notes, "{\"text\":\"\",\"corrects\":\"" + UUID.randomUUID() + "\"}")
        .andExpect(status().isNotFound());
    set.get(stranger, notes).andExpect(status().isNotFound());
    // An incident of another production is not found on this one.
    other.get("sam.safety", "incidents/" + incident + "/timeline").andExpect(status().isNotFound());
  }

  @Test
  void theApiDescriptionDocumentsTheTimelineItsExportsAndTheNotes() throws Exception {
    String base = "$.paths['/api/productions/{productionId}/incidents/{incidentId}";
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath(base + "/timeline'].get.tags[0]").value("Incidents"))
        .andExpect(jsonPath(base + "/timeline'].get.parameters[*].name")
            .value(org.hamcrest.Matchers.hasItems("person", "weapon", "kind")))
        .andExpect(jsonPath(base + "/timeline.csv'].get").exists())
        .andExpect(jsonPath(base + "/timeline.pdf'].get").exists())
        .andExpect(jsonPath(base + "/notes'].post.tags[0]").value("Incidents"));
  }

  // ---- the morning ----

  private record Morning(String incident, String revolver, String otherWeapon, String elsewhere) {
    String timeline() {
      return "incidents/" + incident + "/timeline";
    }
  }

  /**
   * 07:00, the revolver is received; shown clear to the actor, the 1st AD and the camera head, each confirming;
   * issued to the actor for scene 42A; at 10:42 it fires in his hand and the incident opens by itself. The same
   * morning another revolver is received and inspected, and another production's armorer receives one of hers.
   */
  private Morning dischargeAfterACustodyMorning() throws Exception {
    String revolver = set.receivedRevolver(() -> clock.advance(Duration.ofSeconds(1)));
    String other = set.receivedRevolver();
    set.post("rosa.armorer", "custody/weapons/" + other + "/inspect", "{\"finding\":\"Bore clear\"}")
        .andExpect(status().isOk());
    IncidentsOnSet elsewhere = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Down the road");
    String theirs = elsewhere.receivedRevolver();
    clock.advance(Duration.ofMinutes(5));
    // The 1st AD named the scene's cast and camera head on the call sheet.
    SystemActor.call(() -> {
      schedule.markHazards(set.id(), set.sceneId, java.util.Set.of(org.setsafe.production.Hazard.FIREARMS));
      return schedule.nameCast(set.id(), set.sceneId, java.util.Set.of(set.userId("eli.actor")),
          set.userId("marcus.camera"));
    });
    crew.readyToShoot(set.id(), set.sceneId, UUID.fromString(revolver), set.userId("eli.actor"));
    clock.advance(Duration.ofMinutes(5));
    String weapon = "custody/weapons/" + revolver;
    set.post("rosa.armorer", weapon + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes\"}")
        .andExpect(status().isOk());
    set.post("rosa.armorer", weapon + "/show-clear", "{\"witnesses\":[\"" + set.userId("eli.actor") + "\",\""
        + set.userId("dana.ad") + "\",\"" + set.userId("marcus.camera") + "\"]}").andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      // A second apart, as witnesses confirm: the timeline orders by when things happened, and facts reach the
      // ledger on threads of their own, so steps at one frozen instant could read in either order.
      clock.advance(Duration.ofSeconds(1));
      set.post(witness, weapon + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    clock.advance(Duration.ofMinutes(2));
    String issue = body(set.post("rosa.armorer", weapon + "/issue", "{\"performerId\":\"" + set.userId("eli.actor")
        + "\",\"sceneId\":\"" + set.sceneId + "\"}"));
    assertThat(issue).contains("custody.weapon-issued");
    clock.advance(Duration.ofMinutes(30));
    set.post("eli.actor", weapon + "/accidental-discharge", "{\"description\":\"Fired while being holstered\"}")
        .andExpect(status().isOk());
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("tess.grip", "incidents")
        .andExpect(jsonPath("$.length()").value(1)));
    String incident = JsonPath.read(body(set.get("tess.grip", "incidents")), "$[0].id");
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", "incidents/" + incident)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));
    clock.advance(Duration.ofMinutes(1));
    return new Morning(incident, revolver, other, theirs);
  }

  /** The timeline asked with a kind filter as typed, control characters and all. */
  private ResultActions withKind(String username, String incident, String kind) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .get(set.api("incidents/" + incident + "/timeline")).param("kind", kind)
        .header("Authorization", crew.bearer(username)));
  }

  private String openedByHand() throws Exception {
    return json(set.post("tess.grip", "incidents", """
        {"kind":"NEAR_MISS","severity":"MEDIUM","where":"Church set","whatHappened":"A sandbag fell from the grid"}""")
        .andExpect(status().isCreated()), "$.id");
  }

  private long pinnedSize(String incident) throws Exception {
    return ((Number) JsonPath.read(body(set.get("sam.safety", "incidents/" + incident)), "$.evidence.treeSize"))
        .longValue();
  }

  /** The root a checkpoint note signs, after checking its signature with the ledger's public keys. */
  private byte[] signedRoot(String note, long treeSize) {
    List<VerifierKey> keys = ledger.publicKeys().stream().map(k -> VerifierKey.parse(k.vkey())).toList();
    SignedNote signed = SignedNote.open(note, keys);
    assertThat(signed.verified()).isTrue();
    Checkpoint checkpoint = Checkpoint.parse(signed.text());
    assertThat(checkpoint.treeSize()).isEqualTo(treeSize);
    return checkpoint.rootHash();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> proofOf(Map<String, Object> line) {
    assertThat(line.get("proof")).as("proof of entry %s", line.get("index")).isNotNull();
    return (Map<String, Object>) line.get("proof");
  }

  /** RFC 9162 inclusion, as an investigator checks it offline: the leaf text hashed, the path climbed to the root. */
  @SuppressWarnings("unchecked")
  private static boolean verifies(Map<String, Object> line, byte[] root, String leaf) {
    Map<String, Object> proof = proofOf(line);
    List<byte[]> path = new ArrayList<>();
    ((List<String>) proof.get("auditPath")).forEach(h -> path.add(Base64.getDecoder().decode(h)));
    byte[] leafHash = MerkleHashes.leafHash(leaf.getBytes(StandardCharsets.UTF_8));
    return MerkleProofs.verifyInclusion(((Number) line.get("index")).longValue(),
        ((Number) proof.get("treeSize")).longValue(), leafHash, path, root);
  }

  private static void refused(ResultActions call, String field, String rule) throws Exception {
    call.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].rule").value(rule));
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}

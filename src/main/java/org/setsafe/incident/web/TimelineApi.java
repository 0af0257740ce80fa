package org.setsafe.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.incident.InvestigatorNotes;
import org.setsafe.incident.InvestigatorNotes.NewNote;
import org.setsafe.incident.InvestigatorNotes.NoteView;
import org.setsafe.incident.Timeline;
import org.setsafe.incident.Timeline.TimelineView;
import org.setsafe.shared.ReadersWords;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An incident's timeline on the JSON API, with its CSV and PDF exports and the investigators' notes. Anyone who may
 * see the production's incidents reads the timeline (the words of what was added later only the investigators); only
 * investigators add notes (403 for the rest of the crew, logged); someone not on the production gets 404. Bad input
 * is a 400 problem naming the field and the rule.
 */
@RestController
@RequestMapping("/api/productions/{productionId}/incidents/{incidentId}")
@Tag(name = "Incidents")
class TimelineApi {

  private final Timeline timeline;
  private final InvestigatorNotes notes;
  private final MessageSource messages;

  TimelineApi(Timeline timeline, InvestigatorNotes notes, MessageSource messages) {
    this.timeline = timeline;
    this.notes = notes;
    this.messages = messages;
  }

  /** A note as an investigator sends it; {@code about} is when what it tells of happened (optional). */
  record NoteBody(String text, Instant about, UUID corrects, List<UUID> personIds) {}

  @GetMapping("/timeline")
  @Operation(summary = "The incident's timeline: every recorded fact about its weapons, lots, scenes, people and day, "
      + "in order, each with its RFC 9162 inclusion proof (against the checkpoint pinned when it opened, else the "
      + "latest), merged with what the investigation added later (its words for investigators only)")
  ResponseEntity<TimelineView> read(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @Parameter(description = "only lines about this person (account id)") @RequestParam(required = false) UUID person,
      @Parameter(description = "only lines naming this weapon") @RequestParam(required = false) UUID weapon,
      @Parameter(description = "only lines of this kind: the ledger's (custody.weapon-issued) or the crew's word "
          + "(Weapon issued, Investigator's note)") @RequestParam(required = false) String kind) {
    // The API answers in English, as every other: a machine reading kinds should not get another word for each
    // caller's language, and the kind filter takes the crew's English word as the CSV and the report print it.
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(ReadersWords.in(Locale.ENGLISH,
            () -> timeline.timeline(productionId, incidentId, person, weapon, kind)));
  }

  @GetMapping(value = "/timeline.csv", produces = "text/csv")
  @Operation(summary = "The timeline as CSV, with the same filters: each line with its ledger index, checkpoint, "
      + "leaf hash and audit path (hex)")
  ResponseEntity<byte[]> csv(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestParam(required = false) UUID person, @RequestParam(required = false) UUID weapon,
      @RequestParam(required = false) String kind) {
    // An export, as the English PDF and the signed report: its kinds read in English whoever asks.
    TimelineView view = ReadersWords.in(Locale.ENGLISH,
        () -> timeline.timeline(productionId, incidentId, person, weapon, kind));
    return file(TimelineCsv.write(view).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", incidentId,
        "csv");
  }

  @GetMapping(value = "/timeline.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The timeline as PDF, with the same filters: each line with its ledger entry and the "
      + "checkpoint its proof verifies against, and the signed checkpoints at the end. In English by default; with "
      + "language=es, a copy to read whose own words are Spanish and that says it is one")
  ResponseEntity<byte[]> pdf(@PathVariable UUID productionId, @PathVariable UUID incidentId,
      @RequestParam(required = false) UUID person, @RequestParam(required = false) UUID weapon,
      @RequestParam(required = false) String kind,
      @Parameter(description = "en or es: a reader's copy in that language; English by default")
      @RequestParam(required = false) String language) {
    Locale reader = ReadersCopy.language(language);
    // The recorded kinds are worded in the file's language, not the caller's: English unless a copy is asked for.
    Locale words = ReadersCopy.offeredTo(reader) == null ? Locale.ENGLISH : reader;
    TimelineView view = ReadersWords.in(words,
        () -> timeline.timeline(productionId, incidentId, person, weapon, kind));
    if (words == Locale.ENGLISH) {
      return file(TimelinePdf.print(view, filters(view.filters())), MediaType.APPLICATION_PDF_VALUE, incidentId,
          "pdf");
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("incident-" + incidentId + "-timeline-" + reader.getLanguage() + ".pdf").build().toString())
        .header(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag())
        .contentType(MediaType.APPLICATION_PDF).body(new TimelinePdf(messages).print(view, reader));
  }

  @PostMapping("/notes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an investigator's note to the timeline (safety advisor, UPM, producer, studio safety). "
      + "Never edited: a correction is a new note naming the one it corrects. The ledger records its SHA-256")
  NoteView add(@PathVariable UUID productionId, @PathVariable UUID incidentId, @RequestBody NoteBody body) {
    return notes.add(productionId, incidentId, body == null ? null
        : new NewNote(body.text(), body.about(), body.corrects(), body.personIds()));
  }

  @GetMapping("/notes")
  @Operation(summary = "The investigators' notes, in the order written (investigators only)")
  List<NoteView> notes(@PathVariable UUID productionId, @PathVariable UUID incidentId) {
    return notes.notes(productionId, incidentId);
  }

  private static String filters(Timeline.Filters f) {
    List<String> said = new ArrayList<>();
    if (f.personId() != null) {
      said.add("person " + f.personId());
    }
    if (f.weaponId() != null) {
      said.add("weapon " + f.weaponId());
    }
    if (f.kind() != null) {
      said.add("kind " + f.kind());
    }
    return said.isEmpty() ? "none" : String.join(", ", said);
  }

  private static ResponseEntity<byte[]> file(byte[] body, String type, UUID incidentId, String extension) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("incident-" + incidentId + "-timeline." + extension).build().toString())
        .contentType(MediaType.parseMediaType(type)).body(body);
  }
}

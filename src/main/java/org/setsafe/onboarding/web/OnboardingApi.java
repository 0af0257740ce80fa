package org.setsafe.onboarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.onboarding.CrewImport;
import org.setsafe.onboarding.Invitations;
import org.setsafe.onboarding.domain.ColumnMapping;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.onboarding.domain.CrewField;
import org.setsafe.onboarding.domain.Invitation;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.AnswerNotKept;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations and crew lists on the JSON API, for producers and UPMs (and administrators). */
@RestController
@Tag(name = "Onboarding")
class OnboardingApi {

  private final Invitations invitations;
  private final CrewImport crewImport;
  private final String baseUrl;

  OnboardingApi(Invitations invitations, CrewImport crewImport,
      @Value("${setsafe.base-url:http://localhost:8080}") String baseUrl) {
    this.invitations = invitations;
    this.crewImport = crewImport;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @GetMapping("/api/productions/{productionId}/invitations")
  @Operation(summary = "The production's invitations, newest last, with where each stands")
  List<InvitationView> list(@PathVariable UUID productionId) {
    Instant now = invitations.now();
    return invitations.ofProduction(productionId).stream().map(i -> InvitationView.of(i, now)).toList();
  }

  @PostMapping("/api/productions/{productionId}/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  @AnswerNotKept("the answer may hold a one-time invitation link")
  @Operation(summary = "Invite someone to the crew in named roles. With an email the invitation is emailed; without"
      + " one (or with no mail server) the answer holds the one-time link, shown this once, to print or hand over")
  InvitationIssued invite(@PathVariable UUID productionId, @RequestBody InvitationRequest body) {
    return issued(invitations.invite(productionId, new Invitations.Offer(body.email(), body.displayName(),
        body.roles(), body.department(), new CrewDetail(body.phone(), body.position(), body.startsOn(),
            body.endsOn()), body.language())));
  }

  @PostMapping("/api/productions/{productionId}/invitations/{invitationId}/resend")
  @AnswerNotKept("the answer may hold a one-time invitation link")
  @Operation(summary = "Send an open invitation again with a new link and a new expiry; the old link stops working")
  InvitationIssued resend(@PathVariable UUID productionId, @PathVariable UUID invitationId) {
    return issued(invitations.resend(productionId, invitationId));
  }

  @PostMapping("/api/productions/{productionId}/invitations/{invitationId}/revoke")
  @Operation(summary = "Withdraw an open invitation: its link stops working")
  InvitationView revoke(@PathVariable UUID productionId, @PathVariable UUID invitationId) {
    return InvitationView.of(invitations.revoke(productionId, invitationId), invitations.now());
  }

  @GetMapping("/api/productions/{productionId}/crew-import/mapping")
  @Operation(summary = "Which of the office's headings holds which field, as remembered for this production")
  CrewImportMapping mapping(@PathVariable UUID productionId) {
    return CrewImportMapping.of(crewImport.mapping(productionId).orElse(new ColumnMapping(Map.of())));
  }

  @PutMapping("/api/productions/{productionId}/crew-import/mapping")
  @Operation(summary = "Remember which of the office's headings holds which field")
  CrewImportMapping saveMapping(@PathVariable UUID productionId, @RequestBody CrewImportMapping body) {
    return CrewImportMapping.of(crewImport.saveMapping(productionId, body.toMapping()));
  }

  @PostMapping("/api/productions/{productionId}/crew-import/preview")
  @Operation(summary = "Read a crew list (CSV text) and say every row's problems and what importing would do to each"
      + " person; writes nothing. Without a mapping the remembered one (or a guess from the headings) is used")
  CrewImportPreview preview(@PathVariable UUID productionId, @RequestBody CrewImportRequest body) {
    return CrewImportPreview.of(crewImport.preview(productionId, body.csv(),
        body.mapping() == null ? null : body.mapping().toMapping()));
  }

  @PostMapping("/api/productions/{productionId}/crew-import")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Import a crew list all or nothing: 400 csv RowProblems naming every bad row, else new people"
      + " are invited (emailed) and changed ones changed; re-importing the same list changes nothing")
  CrewImportResult importList(@PathVariable UUID productionId, @RequestBody CrewImportRequest body) {
    CrewImport.Imported done = crewImport.importList(productionId, body.csv(),
        body.mapping() == null ? null : body.mapping().toMapping());
    return new CrewImportResult(done.rows(), done.invited(), done.changed(), done.unchanged(), done.emailed());
  }

  @GetMapping(value = "/api/productions/{productionId}/crew.csv", produces = "text/csv")
  @Operation(summary = "The crew and open invitations in the import's columns; formula-looking cells are guarded")
  ResponseEntity<String> export(@PathVariable UUID productionId) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(crewImport.export(productionId));
  }

  private InvitationIssued issued(Invitations.Issued issued) {
    return new InvitationIssued(InvitationView.of(issued.invitation(), invitations.now()), issued.emailed(),
        issued.link() == null ? null : baseUrl + issued.link());
  }

  /** {@code language}: en or es, the invitation's; null, the inviter's chosen language, else English. */
  record InvitationRequest(String email, String displayName, Set<CrewRole> roles, String department, String phone,
      String position, LocalDate startsOn, LocalDate endsOn, String language) {}

  record InvitationView(UUID id, String email, String displayName, Set<CrewRole> roles, String department,
      String status, int timesSent, Instant expiresAt, UUID acceptedBy, String language) {
    static InvitationView of(Invitation i, Instant now) {
      return new InvitationView(i.id(), i.email(), i.displayName(), i.roles(), i.department(), i.status(now).name(),
          i.timesSent(), i.expiresAt(), i.acceptedBy(), i.language());
    }
  }

  /** {@code link} only when not emailed: the one-time link, shown this once. */
  record InvitationIssued(InvitationView invitation, boolean emailed, String link) {}

  record CrewImportMapping(String name, String email, String phone, String department, String position, String role,
      String startDate, String endDate, String language) {
    static CrewImportMapping of(ColumnMapping m) {
      return new CrewImportMapping(h(m, CrewField.NAME), h(m, CrewField.EMAIL), h(m, CrewField.PHONE),
          h(m, CrewField.DEPARTMENT), h(m, CrewField.POSITION), h(m, CrewField.ROLE), h(m, CrewField.STARTS),
          h(m, CrewField.ENDS), h(m, CrewField.LANGUAGE));
    }

    private static String h(ColumnMapping m, CrewField f) {
      return m.heading(f).orElse(null);
    }

    ColumnMapping toMapping() {
      Map<CrewField, String> headings = new EnumMap<>(CrewField.class);
      put(headings, CrewField.NAME, name, "name");
      put(headings, CrewField.EMAIL, email, "email");
      put(headings, CrewField.PHONE, phone, "phone");
      put(headings, CrewField.DEPARTMENT, department, "department");
      put(headings, CrewField.POSITION, position, "position");
      put(headings, CrewField.ROLE, role, "role");
      put(headings, CrewField.STARTS, startDate, "startDate");
      put(headings, CrewField.ENDS, endDate, "endDate");
      put(headings, CrewField.LANGUAGE, language, "language");
      return new ColumnMapping(headings);
    }

    private static void put(Map<CrewField, String> headings, CrewField field, String heading, String name) {
      String checked = org.setsafe.shared.Text.optional("mapping." + name, heading, ColumnMapping.MAX_HEADING);
      if (checked != null) {
        headings.put(field, checked);
      }
    }
  }

  record CrewImportRequest(String csv, CrewImportMapping mapping) {}

  record CrewImportProblem(String column, String problem) {}

  record CrewImportRow(int line, String name, String email, Set<CrewRole> roles, String step,
      List<CrewImportProblem> problems) {}

  record CrewImportPreview(boolean importable, List<String> headings, CrewImportMapping mapping, int invite,
      int change, int unchanged, List<CrewImportRow> rows) {
    static CrewImportPreview of(CrewImport.Preview p) {
      return new CrewImportPreview(p.importable(), p.sheet().headings(), CrewImportMapping.of(p.sheet().mapping()),
          (int) p.toInvite(), (int) p.toChange(), (int) p.unchanged(), p.rows().stream().map(r -> new CrewImportRow(
              r.row().line(), r.row().name(), r.row().email(), r.row().roles(), r.step().name(),
              r.row().problems().stream().map(x -> new CrewImportProblem(x.field().heading(), x.problem())).toList()))
          .toList());
    }
  }

  record CrewImportResult(int rows, int invited, int changed, int unchanged, int emailed) {}
}

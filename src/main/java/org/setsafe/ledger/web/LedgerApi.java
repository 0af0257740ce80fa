package org.setsafe.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.Proofs;
import org.setsafe.ledger.SignedCheckpoint;
import org.setsafe.ledger.LogVerification;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ledger over the API. Parameter constraints are checked by Spring MVC's own method validation (no class-level
 * {@code @Validated}, whose proxy would throw a bare {@code ConstraintViolationException}), so an out-of-range
 * {@code limit} or {@code treeSize} is a 400 problem naming the parameter.
 */
@RestController
@Tag(name = "Ledger", description = "The tamper-evident record: entries, proofs, signed checkpoints, evidence bundles")
class LedgerApi {

  private final Ledger ledger;
  private final Accounts accounts;
  private final ExactTimes exactTimes;

  LedgerApi(Ledger ledger, Accounts accounts, ExactTimes exactTimes) {
    this.ledger = ledger;
    this.accounts = accounts;
    this.exactTimes = exactTimes;
  }

  @GetMapping("/api/ledger/keys")
  @Operation(summary = "The public keys that sign checkpoints (no sign-in needed): compare the fingerprint with "
      + "the one in an evidence bundle")
  List<Ledger.PublicKey> keys() {
    return ledger.publicKeys();
  }

  record LogView(String origin, long size, SignedCheckpoint latestCheckpoint) {}

  @GetMapping("/api/productions/{productionId}/ledger")
  @Operation(summary = "The production's log: origin, size and latest signed checkpoint")
  LogView log(@PathVariable UUID productionId) {
    Ledger.Overview overview = ledger.overview(productionId);
    return new LogView(overview.log().origin(), overview.size(), overview.latestCheckpoint());
  }

  @GetMapping("/api/productions/{productionId}/ledger/entries")
  @Operation(summary = "Newest entries first; page back with before=<index of the last one you have>")
  List<EntryView> entries(@PathVariable UUID productionId, @RequestParam(required = false) @Min(0) Long before,
      @RequestParam(defaultValue = "50") @Min(1) @Max(Ledger.MAX_PAGE) int limit) {
    List<org.setsafe.ledger.LedgerEntry> entries = ledger.recent(productionId, before, limit);
    boolean exact = exactTimes.forCurrentUser(productionId);
    return entries.stream().map(e -> EntryView.of(e, accounts, exact)).toList();
  }

  @GetMapping("/api/productions/{productionId}/ledger/entries/{index}")
  EntryView entry(@PathVariable UUID productionId, @PathVariable @Min(0) long index) {
    org.setsafe.ledger.LedgerEntry entry = ledger.entry(productionId, index);
    return EntryView.of(entry, accounts, exactTimes.forCurrentUser(productionId));
  }

  @GetMapping("/api/productions/{productionId}/ledger/entries/{index}/proof")
  @Operation(summary = "Proof that the entry is in the signed tree (RFC 9162 inclusion proof and the C2SP checkpoint "
      + "it leads to); treeSize picks a checkpoint, default the latest")
  Proofs.Inclusion inclusion(@PathVariable UUID productionId, @PathVariable @Min(0) long index,
      @RequestParam(required = false) @Min(1) Long treeSize) {
    return ledger.inclusionProof(productionId, index, treeSize);
  }

  @GetMapping("/api/productions/{productionId}/ledger/consistency")
  @Operation(summary = "Proof that the log at checkpoint size `to` (default: latest) extends the log at checkpoint "
      + "size `from` unchanged (RFC 9162 consistency proof)")
  Proofs.Consistency consistency(@PathVariable UUID productionId, @RequestParam(required = false) @Min(1) Long from,
      @RequestParam(required = false) @Min(1) Long to) {
    return ledger.consistencyProof(productionId, from, to);
  }

  @GetMapping("/api/productions/{productionId}/ledger/checkpoints")
  List<SignedCheckpoint> checkpoints(@PathVariable UUID productionId) {
    return ledger.checkpoints(productionId);
  }

  @GetMapping("/api/productions/{productionId}/ledger/history/{subject}")
  @Operation(summary = "What the ledger holds about one subject, newest first: subject is type:id, e.g. user:<uuid>")
  List<EntryView> history(@PathVariable UUID productionId, @PathVariable String subject) {
    List<org.setsafe.ledger.LedgerEntry> entries = ledger.history(productionId, subject);
    boolean exact = exactTimes.forCurrentUser(productionId);
    return entries.stream().map(e -> EntryView.of(e, accounts, exact)).toList();
  }

  @GetMapping(value = "/api/productions/{productionId}/ledger/bundle", produces = "application/jsonl")
  @Operation(summary = "The evidence bundle (safety advisor, studio safety, administrators): every entry with its "
      + "proof, every checkpoint, the public keys; verify it offline with `setsafe ledger verify-bundle`")
  ResponseEntity<StreamingResponseBody> bundle(@PathVariable UUID productionId) {
    return bundleResponse(ledger, productionId);
  }

  static ResponseEntity<StreamingResponseBody> bundleResponse(Ledger ledger, UUID productionId) {
    // Check the right to export before the response starts, so a refusal is a clean 403/404.
    ledger.requireExport(productionId);
    // The body is written on another thread; it acts for the same person.
    SecurityContext caller = SecurityContextHolder.getContext();
    StreamingResponseBody body = out -> {
      SecurityContext before = SecurityContextHolder.getContext();
      SecurityContextHolder.setContext(caller);
      try {
        ledger.exportBundle(productionId, out);
      } finally {
        SecurityContextHolder.setContext(before);
      }
    };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("setsafe-evidence-" + productionId + ".jsonl").build().toString())
        .contentType(MediaType.parseMediaType("application/jsonl"))
        .body(body);
  }

  @PostMapping("/api/admin/ledger/verify")
  @Operation(summary = "Verify every log from scratch (administrators)")
  List<LogVerification> verify() {
    return ledger.verifyAll();
  }

  @PostMapping("/api/admin/ledger/checkpoints")
  @Operation(summary = "Sign a checkpoint now for every log that grew (administrators)")
  List<SignedCheckpoint> sign() {
    return ledger.signCheckpoints();
  }
}

package org.setsafe.ledger.web;

import java.util.List;
import java.util.UUID;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.Proofs;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ledger for people: a production's record and each subject's history (built from the ledger,
 * so what is shown is what is signed), the evidence export, and the administrators' verification page.
 */
@Controller
class LedgerPages {

  private final Ledger ledger;
  private final Productions productions;
  private final ProductionAccess access;
  private final Accounts accounts;
  private final ExactTimes exactTimes;
  private final LedgerSentences sentences;

  LedgerPages(Ledger ledger, Productions productions, ProductionAccess access, Accounts accounts,
      ExactTimes exactTimes, LedgerSentences sentences) {
    this.sentences = sentences;
    this.exactTimes = exactTimes;
    this.ledger = ledger;
    this.productions = productions;
    this.access = access;
    this.accounts = accounts;
  }

  @GetMapping("/productions/{productionId}/ledger")
  String log(@PathVariable UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("overview", ledger.overview(productionId));
    List<EntryView> entries = views(productionId, ledger.recent(productionId, null, 50));
    model.addAttribute("entries", entries);
    model.addAttribute("sentences", sentences(productionId, entries));
    model.addAttribute("keys", ledger.publicKeys());
    model.addAttribute("canExport", access.allows(productionId, Permission.EXPORT_EVIDENCE));
    return "ledger/log";
  }

  @GetMapping("/productions/{productionId}/history/{subject}")
  String history(@PathVariable UUID productionId, @PathVariable String subject, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("subject", subject);
    model.addAttribute("subjectName", subjectName(subject));
    List<EntryView> entries = views(productionId, ledger.history(productionId, subject));
    model.addAttribute("entries", entries);
    model.addAttribute("sentences", sentences(productionId, entries));
    return "ledger/history";
  }

  @GetMapping("/productions/{productionId}/ledger/bundle")
  ResponseEntity<StreamingResponseBody> bundle(@PathVariable UUID productionId) {
    return LedgerApi.bundleResponse(ledger, productionId);
  }

  /**
   * An entry's inclusion proof for the signed-in browser, the same JSON as the API's, which answers only API
   * tokens: the ledger page links here so that a person can save the proof without making a token.
   */
  @GetMapping(value = "/productions/{productionId}/ledger/entries/{index}/proof", produces = "application/json")
  @ResponseBody
  Proofs.Inclusion proof(@PathVariable UUID productionId, @PathVariable long index) {
    return ledger.inclusionProof(productionId, index, null);
  }

  @GetMapping("/admin/ledger")
  String admin(Model model) {
    model.addAttribute("logs", ledger.allLogs());
    List<EntryView> installation = views(ledger.recentInstallationEntries(50));
    model.addAttribute("installationEntries", installation);
    model.addAttribute("sentences", sentences(null, installation));
    model.addAttribute("keys", ledger.publicKeys());
    return "ledger/admin";
  }

  @PostMapping("/admin/ledger/verify")
  String verify(Model model) {
    model.addAttribute("results", ledger.verifyAll());
    return admin(model);
  }

  /** Each entry as a sentence, by its index. */
  private java.util.Map<Long, String> sentences(UUID productionId, List<EntryView> entries) {
    java.util.Map<Long, String> said = new java.util.HashMap<>();
    entries.forEach(e -> said.put(e.index(), sentences.sentenceOnPage(productionId, e)));
    return said;
  }

  /** A production's entries as the signed-in person may see them (see {@link ExactTimes}). */
  private List<EntryView> views(UUID productionId, List<org.setsafe.ledger.LedgerEntry> entries) {
    boolean exact = exactTimes.forCurrentUser(productionId);
    return entries.stream().map(e -> EntryView.of(e, accounts, exact)).toList();
  }

  private List<EntryView> views(List<org.setsafe.ledger.LedgerEntry> entries) {
    return entries.stream().map(e -> EntryView.of(e, accounts)).toList();
  }

  private String subjectName(String subject) {
    if (subject.startsWith("user:")) {
      try {
        return accounts.findById(UUID.fromString(subject.substring(5))).map(a -> a.displayName()).orElse(subject);
      } catch (IllegalArgumentException notAUuid) {
        return subject;
      }
    }
    return subject;
  }
}

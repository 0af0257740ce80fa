package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.incident.CauseCategory;
import org.setsafe.incident.CauseForm;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * One version of a root cause ({@code causeId} names it across versions): a five-whys chain, its steps in order, or
 * a contributing factor, in a category, with what shows it. Never edited: a better understanding is a new version
 * that supersedes this one, and both stay on the record.
 */
public record RootCause(UUID id, UUID causeId, int version, UUID incidentId, UUID productionId, CauseForm form,
    CauseCategory category, String summary, List<Why> whys, List<EvidenceRef> evidence, UUID recordedBy,
    Instant recordedAt) {

  public static final int MAX_TEXT = 500;
  public static final int MAX_WHYS = 7;
  public static final int MAX_EVIDENCE = 30;

  /** One step of a five-whys chain: the question asked, and the answer that leads to the next. */
  public record Why(String why, String because) {}

  /** What shows the cause: a ledger entry of the production (its index and kind) or a statement, never both. */
  public record EvidenceRef(Long ledgerIndex, String ledgerKind, UUID statementId) {
    public EvidenceRef {
      if ((ledgerIndex == null) == (statementId == null)) {
        throw new IllegalArgumentException("evidence names a ledger entry or a statement");
      }
    }
  }

  public RootCause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(causeId, "causeId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (version < 1) {
      throw new IllegalArgumentException("versions count from 1");
    }
    if (form == null) {
      throw new InvalidInputException("form", "Required", "form is required: FIVE_WHYS or FACTOR")
          .saying("input.incident.root-cause.form.required");
    }
    if (category == null) {
      throw new InvalidInputException("category", "Required", "category is required: where the cause lies")
          .saying("input.incident.root-cause.category.required");
    }
    summary = Text.required("summary", summary, MAX_TEXT);
    whys = whys == null ? List.of() : whys;
    if (form == CauseForm.FIVE_WHYS && (whys.isEmpty() || whys.size() > MAX_WHYS)) {
      throw new InvalidInputException("whys", "Size", "a five-whys chain has 1 to " + MAX_WHYS + " steps")
          .saying("input.incident.root-cause.whys.size", MAX_WHYS);
    }
    if (form == CauseForm.FACTOR && !whys.isEmpty()) {
      throw new InvalidInputException("whys", "OnlyInAChain", "a contributing factor has no whys: record a "
          + "FIVE_WHYS chain instead").saying("input.incident.root-cause.whys.only-in-a-chain");
    }
    List<Why> steps = new java.util.ArrayList<>();
    for (int i = 0; i < whys.size(); i++) {
      Why step = whys.get(i);
      String field = "whys[" + i + "]";
      if (step == null) {
        throw new InvalidInputException(field + ".why", "Size", field + ".why must be 1 to " + MAX_TEXT + " characters")
            .saying("input.incident.size", field + ".why", MAX_TEXT);
      }
      steps.add(new Why(Text.required(field + ".why", step.why(), MAX_TEXT),
          Text.required(field + ".because", step.because(), MAX_TEXT)));
    }
    whys = List.copyOf(steps);
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
    if (evidence.size() > MAX_EVIDENCE) {
      throw new InvalidInputException("evidence", "Size", "evidence must be at most " + MAX_EVIDENCE + " links")
          .saying("input.incident.root-cause.evidence.at-most", MAX_EVIDENCE);
    }
  }

  public boolean shown() {
    return !evidence.isEmpty();
  }
}

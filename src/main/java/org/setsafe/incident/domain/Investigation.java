package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.Refusal;

/**
 * An incident's investigation, folded from what was recorded: the root causes (each at its latest version) and
 * whether it stands closed (its last step). It decides whether it may be closed: only with at least one root cause
 * and the evidence that shows it, since a closed investigation without a shown cause is how earlier misfires and
 * complaints were filed away before "Rust".
 */
public final class Investigation {

  public static final String NEEDS_ROOT_CAUSE = "incident.closing-needs-root-cause";
  public static final String CLOSED = "incident.investigation-closed";

  /** A step of the investigation: closed or re-opened, by whom and why. */
  public record Step(UUID id, UUID incidentId, UUID productionId, int position, Kind step, String reason, UUID takenBy,
      Instant takenAt) {
    public enum Kind { CLOSED, REOPENED }
  }

  private final List<RootCause> versions;
  private final List<Step> steps;

  public Investigation(List<RootCause> versions, List<Step> steps) {
    this.versions = List.copyOf(versions);
    this.steps = steps.stream().sorted(Comparator.comparingInt(Step::position)).toList();
  }

  /** Each root cause at its latest version, in the order they were first recorded. */
  public List<RootCause> rootCauses() {
    Map<UUID, RootCause> latest = new LinkedHashMap<>();
    versions.stream().sorted(Comparator.comparing(RootCause::recordedAt).thenComparing(RootCause::version))
        .forEach(v -> latest.merge(v.causeId(), v, (a, b) -> a.version() >= b.version() ? a : b));
    return new ArrayList<>(latest.values());
  }

  public Optional<RootCause> rootCause(UUID causeId) {
    return rootCauses().stream().filter(c -> c.causeId().equals(causeId)).findFirst();
  }

  /** Every version of one root cause, oldest first. */
  public List<RootCause> versionsOf(UUID causeId) {
    return versions.stream().filter(v -> v.causeId().equals(causeId))
        .sorted(Comparator.comparing(RootCause::version)).toList();
  }

  public List<Step> steps() {
    return steps;
  }

  /** Where the next step stands in turn. */
  public int nextPosition() {
    return steps.size();
  }

  public boolean closed() {
    return !steps.isEmpty() && steps.get(steps.size() - 1).step() == Step.Kind.CLOSED;
  }

  public Optional<Step> lastStep() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
  }

  /** Whether the investigation may be closed now. */
  public Optional<Refusal> close() {
    if (closed()) {
      return Optional.of(new Refusal(CLOSED, "The investigation is closed already; re-open it first.")
          .saying("reason.incident.investigation-closed.already"));
    }
    if (rootCauses().stream().noneMatch(RootCause::shown)) {
      boolean none = rootCauses().isEmpty();
      return Optional.of(new Refusal(NEEDS_ROOT_CAUSE, "An investigation closes with at least one root cause and "
          + "the evidence that shows it (a ledger entry or a statement): "
          + (none ? "none is recorded yet." : "none of its root causes names its evidence yet."))
          .saying("reason.incident.closing-needs-root-cause." + (none ? "none" : "no-evidence")));
    }
    return Optional.empty();
  }

  public Optional<Refusal> reopen() {
    return closed() ? Optional.empty()
        : Optional.of(new Refusal(CLOSED, "The investigation is open; only a closed one is re-opened.")
            .saying("reason.incident.investigation-closed.open"));
  }

  /** Root causes are recorded and superseded only while the investigation is open. */
  public Optional<Refusal> record() {
    return closed() ? Optional.of(new Refusal(CLOSED, "The investigation is closed: re-open it (the re-opening is "
        + "recorded) to record or supersede a root cause.").saying("reason.incident.investigation-closed.record"))
        : Optional.empty();
  }
}

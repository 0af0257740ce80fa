package org.setsafe.escalation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.setsafe.escalation.EscalationBoard;
import org.setsafe.escalation.EscalationBoard.OpenEscalation;
import org.setsafe.escalation.EscalationPolicies;
import org.setsafe.escalation.EscalationPolicies.PolicyInForce;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.Level;
import org.setsafe.escalation.domain.Target;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Escalation on the JSON API: the policies in force (every member reads them; the safety advisor, UPM and
 * producer change them) and the open reports' escalations with every step fired.
 */
@RestController
@RequestMapping("/api/productions/{productionId}")
@Tag(name = "Escalation")
class EscalationApi {

  private final EscalationPolicies policies;
  private final EscalationBoard board;

  EscalationApi(EscalationPolicies policies, EscalationBoard board) {
    this.policies = policies;
    this.board = board;
  }

  /** A target as sent: {@code {"kind":"ROLE","value":"UPM"}}, {@code {"kind":"EMAIL","value":"rep@union.org"}}. */
  record TargetBody(String kind, String value) {}

  record LevelBody(String name, Integer delayMinutes, List<TargetBody> targets, Integer repeatEveryMinutes,
      Integer repeatTimes) {}

  record PolicyBody(String severity, List<LevelBody> levels, Integer resolveWithinMinutes) {}

  @GetMapping("/escalation-policies")
  @Operation(summary = "The escalation policy in force for each severity (the default until changed)")
  Collection<PolicyInForce> policies(@PathVariable UUID productionId) {
    return policies.inForce(productionId).values();
  }

  @PutMapping("/escalation-policies")
  @Operation(summary = "Change the policy for one severity (safety advisor, UPM, producer); applies to new reports")
  PolicyInForce change(@PathVariable UUID productionId, @RequestBody(required = false) PolicyBody body) {
    policies.inForce(productionId); // outsiders learn nothing from a malformed body: 404 first
    if (body == null) {
      throw new InvalidInputException("levels", "NotNull", "send severity, levels and resolveWithinMinutes")
          .saying("input.escalation.policy.body");
    }
    return policies.change(productionId, severity(body.severity()), policy(body));
  }

  @GetMapping("/escalations")
  @Operation(summary = "Open reports' escalations: state, level reached and every step fired")
  List<OpenEscalation> open(@PathVariable UUID productionId) {
    return board.open(productionId);
  }

  static Severity severity(String text) {
    try {
      return Severity.valueOf(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("severity", "Severity", "severity must be one of LOW, MEDIUM, HIGH, CRITICAL")
          .saying("input.escalation.severity.one-of");
    }
  }

  private static EscalationPolicy policy(PolicyBody body) {
    if (body.levels() == null) {
      throw new InvalidInputException("levels", "NotEmpty", "a policy needs at least one level")
          .saying("input.escalation.levels.required");
    }
    if (body.resolveWithinMinutes() == null) {
      throw new InvalidInputException("resolveWithinMinutes", "NotNull", "resolveWithinMinutes is required")
          .saying("input.escalation.resolve-within.required");
    }
    List<Level> levels = body.levels().stream().map(level -> {
      if (level == null || level.delayMinutes() == null) {
        throw new InvalidInputException("levels.delayMinutes", "NotNull", "each level needs delayMinutes")
            .saying("input.escalation.level.delay.required");
      }
      List<Target> targets = level.targets() == null ? List.of() : level.targets().stream()
          .map(t -> new Target(kind(t == null ? null : t.kind()), t == null ? null : t.value())).toList();
      return new Level(level.name(), level.delayMinutes(), targets,
          level.repeatEveryMinutes() == null ? 0 : level.repeatEveryMinutes(),
          level.repeatTimes() == null ? 0 : level.repeatTimes());
    }).toList();
    return new EscalationPolicy(levels, body.resolveWithinMinutes());
  }

  private static Target.Kind kind(String text) {
    try {
      return Target.Kind.valueOf(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("targets.kind", "TargetKind",
          "a target's kind is one of ROLE, PERSON, EMAIL, STUDIO_SAFETY")
          .saying("input.escalation.target.kind.one-of");
    }
  }
}

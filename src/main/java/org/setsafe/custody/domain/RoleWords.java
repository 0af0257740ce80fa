package org.setsafe.custody.domain;

import java.util.Collection;
import java.util.List;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal.Said;

/**
 * The roles a hold or a review awaits, as a reason names them: in English lower case, sorted and joined by "and";
 * as words, the same roles in the same order, so each language places its own article.
 */
final class RoleWords {

  private RoleWords() {}

  static List<CrewRole> sorted(Collection<CrewRole> roles) {
    return roles.stream().sorted((a, b) -> a.label().toLowerCase().compareTo(b.label().toLowerCase())).toList();
  }

  static String inEnglish(Collection<CrewRole> roles) {
    return String.join(" and ", sorted(roles).stream().map(role -> role.label().toLowerCase()).toList());
  }

  /** One role as its label writes it, capital and all ("Safety advisor"), as an input problem names it. */
  static Said label(CrewRole role) {
    return Said.of("crew.role." + role.name());
  }

  static Said said(Collection<CrewRole> roles) {
    List<CrewRole> sorted = sorted(roles);
    return new Said("reason.parts." + sorted.size(),
        sorted.stream().map(role -> (Object) Said.of("reason.role." + role.name())).toList());
  }
}

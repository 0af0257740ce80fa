package org.setsafe.escalation.domain;

import java.util.Locale;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;

/**
 * Who a level tells: everyone holding a crew role on the production, one person, an outside email address
 * (a union safety rep), or the installation's studio safety department.
 */
public record Target(Kind kind, String value) {

  public enum Kind { ROLE, PERSON, EMAIL, STUDIO_SAFETY }

  public static final int MAX_EMAIL = 254;

  public Target {
    if (kind == null) {
      throw new InvalidInputException("targets", "TargetKind",
          "each target needs a kind: ROLE, PERSON, EMAIL or STUDIO_SAFETY")
          .saying("input.escalation.target.kind");
    }
    String v = value == null ? "" : value.strip();
    switch (kind) {
      case ROLE -> {
        try {
          v = CrewRole.valueOf(v.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException("targets", "CrewRole", "'" + value + "' is not a crew role")
              .saying("input.escalation.target.crew-role", String.valueOf(value));
        }
      }
      case PERSON -> {
        try {
          v = UUID.fromString(v).toString();
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException("targets", "PersonId", "a person target needs the person's id")
              .saying("input.escalation.target.person-id");
        }
      }
      case EMAIL -> {
        if (v.length() > MAX_EMAIL || !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
          throw new InvalidInputException("targets", "Email", "'" + value + "' is not an email address")
              .saying("input.escalation.target.email", String.valueOf(value));
        }
      }
      case STUDIO_SAFETY -> v = null;
      default -> throw new IllegalStateException();
    }
    value = v;
  }

  public static Target role(CrewRole role) {
    return new Target(Kind.ROLE, role.name());
  }

  public static Target email(String address) {
    return new Target(Kind.EMAIL, address);
  }

  public static Target studioSafety() {
    return new Target(Kind.STUDIO_SAFETY, null);
  }

  /** In words, for pages and notices. */
  public String label() {
    return switch (kind) {
      case ROLE -> CrewRole.valueOf(value).label();
      case PERSON -> "person " + value;
      case EMAIL -> value;
      case STUDIO_SAFETY -> "Studio safety";
    };
  }

  /** As one form field: {@code role:UPM}, {@code person:<id>}, {@code email:a@b.org}, {@code studio-safety}. */
  public String asText() {
    return switch (kind) {
      case ROLE -> "role:" + value;
      case PERSON -> "person:" + value;
      case EMAIL -> "email:" + value;
      case STUDIO_SAFETY -> "studio-safety";
    };
  }

  /** Reads {@link #asText()}; a bare address is an email, a bare role name a role. */
  public static Target parse(String text) {
    String t = text == null ? "" : text.strip();
    int colon = t.indexOf(':');
    String prefix = colon < 0 ? "" : t.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? t : t.substring(colon + 1);
    return switch (prefix) {
      case "role" -> new Target(Kind.ROLE, rest);
      case "person" -> new Target(Kind.PERSON, rest);
      case "email" -> new Target(Kind.EMAIL, rest);
      default -> t.equalsIgnoreCase("studio-safety") ? studioSafety()
          : t.contains("@") ? new Target(Kind.EMAIL, t) : new Target(Kind.ROLE, t);
    };
  }
}

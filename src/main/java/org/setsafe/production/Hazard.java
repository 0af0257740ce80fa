package org.setsafe.production;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Arrays;
import java.util.List;

/**
 * SetSafe's one list of hazards: what the script breakdown marks on a scene, what a risk assessment covers and
 * what a hazard report is about. Those marked on a scene make it high-risk: it needs a risk assessment of its own
 * (California Labor Code §9152), and a firearms scene also a weapon plan, a safety meeting and a dedicated armorer
 * on its day. Electrical work, fatigue and hours, and "other" are reported by the crew but are not a breakdown mark.
 */
public enum Hazard {
  FIREARMS("Firearms", true),
  STUNTS("Stunts", true),
  PYROTECHNICS("Pyrotechnics", true),
  VEHICLES("Vehicles", true),
  /** Reports filed before the hazards were one list stored this as RIGGING_HEIGHTS; that name still reads. */
  @JsonAlias("RIGGING_HEIGHTS")
  HEIGHTS("Rigging and heights", true),
  WATER("Water", true),
  ANIMALS("Animals", true),
  ELECTRICAL("Electrical", false),
  FATIGUE_HOURS("Fatigue and hours", false),
  OTHER("Other", false);

  private static final List<Hazard> ON_SCENES = Arrays.stream(values()).filter(Hazard::markableOnScene).toList();

  private final String label;
  private final boolean markableOnScene;

  Hazard(String label, boolean markableOnScene) {
    this.label = label;
    this.markableOnScene = markableOnScene;
  }

  public String label() {
    return label;
  }

  /** Whether the script breakdown marks it on a scene; the others are only reported. */
  public boolean markableOnScene() {
    return markableOnScene;
  }

  /** The hazards a scene form offers, in this list's order. */
  public static List<Hazard> onScenes() {
    return ON_SCENES;
  }

  /** A stored or sent name, including the old RIGGING_HEIGHTS; null for a name that is no hazard. */
  public static Hazard fromCode(String code) {
    if ("RIGGING_HEIGHTS".equals(code)) {
      return HEIGHTS;
    }
    for (Hazard hazard : values()) {
      if (hazard.name().equals(code)) {
        return hazard;
      }
    }
    return null;
  }
}

package org.setsafe.protocol.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.setsafe.production.Hazard;

/**
 * What a hazard entry of a risk assessment covers: the production as a whole ({@link #GENERAL}, which is no
 * hazard), or one hazard the breakdown marks on a scene. The hazards, their names and labels are
 * {@link Hazard}'s; this only adds "general". Written and read by name: GENERAL, FIREARMS, STUNTS, ...
 */
public final class RiskCategory {

  public static final RiskCategory GENERAL = new RiskCategory(null);

  private static final Map<Hazard, RiskCategory> OF_HAZARD = new EnumMap<>(Hazard.class);
  private static final List<RiskCategory> VALUES;

  static {
    List<RiskCategory> values = new ArrayList<>(List.of(GENERAL));
    for (Hazard hazard : Hazard.onScenes()) {
      RiskCategory category = new RiskCategory(hazard);
      OF_HAZARD.put(hazard, category);
      values.add(category);
    }
    VALUES = Collections.unmodifiableList(values);
  }

  private final Hazard hazard;

  private RiskCategory(Hazard hazard) {
    this.hazard = hazard;
  }

  /** General first, then the scene hazards in {@link Hazard}'s order: what the assessment form offers. */
  public static List<RiskCategory> values() {
    return VALUES;
  }

  /** The entry for a hazard marked on a scene; only those are assessed one by one. */
  public static RiskCategory of(Hazard hazard) {
    RiskCategory category = OF_HAZARD.get(hazard);
    if (category == null) {
      throw new IllegalArgumentException(hazard + " is not marked on scenes, so it has no entry of its own");
    }
    return category;
  }

  /** By name, as stored and sent: GENERAL or a scene hazard's name. */
  @JsonCreator
  public static RiskCategory valueOf(String name) {
    if ("GENERAL".equals(name)) {
      return GENERAL;
    }
    Hazard hazard = Hazard.fromCode(name);
    if (hazard == null || !hazard.markableOnScene()) {
      throw new IllegalArgumentException("no risk category " + name);
    }
    return of(hazard);
  }

  /** The hazard covered; empty for the production as a whole. */
  public Optional<Hazard> hazard() {
    return Optional.ofNullable(hazard);
  }

  public boolean general() {
    return hazard == null;
  }

  @JsonValue
  public String name() {
    return hazard == null ? "GENERAL" : hazard.name();
  }

  public String label() {
    return hazard == null ? "General" : hazard.label();
  }

  @Override
  public String toString() {
    return name();
  }
}

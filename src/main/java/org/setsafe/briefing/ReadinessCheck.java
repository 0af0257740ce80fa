package org.setsafe.briefing;

import java.util.List;
import java.util.UUID;

/**
 * What a module finds missing on a production before its first shooting day: a firearms day without a dedicated
 * armorer, a scene without a plan or assessment, a person without a qualification, a location without a hospital.
 * The pre-production check page lists every module's gaps together.
 */
public interface ReadinessCheck {

  /** Every gap this module finds on the production now; empty when it finds none. Refuses no one. */
  List<Gap> gaps(UUID productionId);

  /**
   * One gap: its area ("Weapon plans", "Staffing"), what is missing in words, what closes it, and the path of the
   * page where that is done (relative to the site, e.g. {@code /productions/…/protocol/scenes/…}), or null.
   */
  record Gap(String area, String missing, String remedy, String path) {}
}

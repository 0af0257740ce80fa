package org.setsafe.briefing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * What a module finds missing on a production before its first shooting day: a firearms day without a dedicated
 * armorer, a scene without a plan or assessment, a person without a qualification, a location without a hospital.
 * The pre-production check page lists every module's gaps together.
 */
public interface ReadinessCheck {

  /** Every gap this module finds on the production now; empty when it finds none. Refuses no one. */
  List<Gap> gaps(UUID productionId);

  /**
   * The area this check looks at, named as its gaps name it, and what the check page says there when it finds
   * nothing; null for a check whose area the page shows only when it has gaps.
   */
  default Area area() {
    return null;
  }

  /**
   * An area of the check and its words for "nothing missing here", in English and, where the check gives them, in
   * bundle words for the page.
   */
  record Area(String name, String nothingMissing, Said nameWords, Said nothingMissingWords) {

    /** An area read in English only. */
    public Area(String name, String nothingMissing) {
      this(name, nothingMissing, null, null);
    }

    /** The same area with its name and its "nothing missing" said in words too. */
    public Area saying(Said name, Said nothingMissing) {
      return new Area(this.name, this.nothingMissing, name, nothingMissing);
    }
  }

  /**
   * One gap: its area ("Weapon plans", "Staffing"), what is missing in words, what closes it, and the path of the
   * page where that is done (relative to the site, e.g. {@code /productions/…/protocol/scenes/…}), or null.
   *
   * <p>{@code missing} and {@code remedy} are English: the API answers them and the studio compares them.
   * {@code missingWords} and {@code remedyWords} say the same in bundle words, for the page to show in the reader's
   * language; a gap without them is read in English. The API leaves them out, so its answer stays as it was.
   */
  record Gap(String area, String missing, String remedy, String path, @JsonIgnore Said missingWords,
      @JsonIgnore Said remedyWords) {

    /** A gap read in English only. */
    public Gap(String area, String missing, String remedy, String path) {
      this(area, missing, remedy, path, null, null);
    }

    /** The same gap with what is missing and what closes it said in words too. */
    public Gap saying(Said missing, Said remedy) {
      return new Gap(area, this.missing, this.remedy, path, missing, remedy);
    }
  }
}

package org.setsafe.reporting;

import java.util.List;
import org.setsafe.production.Scene;

/** What the anonymous pages show of the production: its name, its scenes and its clock, nothing else. */
public record PublicProduction(String name, List<Scene> scenes, java.time.ZoneId timeZone) {

  /** Without its clock (which a page asking "when" needs to read the time typed). */
  public PublicProduction(String name, List<Scene> scenes) {
    this(name, scenes, java.time.ZoneOffset.UTC);
  }
}

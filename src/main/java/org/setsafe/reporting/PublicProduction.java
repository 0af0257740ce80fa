package org.setsafe.reporting;

import java.util.List;
import org.setsafe.production.Scene;

/** What the anonymous report page shows of the production: its name and its scenes, nothing else. */
public record PublicProduction(String name, List<Scene> scenes) {}

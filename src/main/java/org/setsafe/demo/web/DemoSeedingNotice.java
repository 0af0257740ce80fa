package org.setsafe.demo.web;

import org.setsafe.demo.DemoSeeding;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the sign-in page that the demo is still being seeded, so a newcomer who signs in as {@code rosa.armorer}
 * in the first seconds learns why it fails and that it will work shortly.
 */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnProperty(name = "setsafe.demo.enabled", havingValue = "true")
class DemoSeedingNotice {

  private final DemoSeeding seeding;

  DemoSeedingNotice(DemoSeeding seeding) {
    this.seeding = seeding;
  }

  @ModelAttribute("demoBeingSeeded")
  boolean demoBeingSeeded() {
    return seeding.underWay();
  }
}

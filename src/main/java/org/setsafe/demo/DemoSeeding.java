package org.setsafe.demo;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether the demo is still being seeded. The seeding runs after SetSafe is ready (it is a few seconds of work that
 * serving pages does not need), so for those seconds the demo crew's sign-ins do not work yet; the sign-in page says
 * so instead of only answering "wrong username or password".
 */
@Component
public class DemoSeeding {

  private final AtomicBoolean underWay = new AtomicBoolean();

  /** True from the start until the demo is seeded (or its seeding failed, which the log says). */
  public boolean underWay() {
    return underWay.get();
  }

  void begin() {
    underWay.set(true);
  }

  void end() {
    underWay.set(false);
  }
}

package org.setsafe.operations;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener for tests that fails on demand, standing in for reporting's automatic hazard report failing on the
 * database. It hears only {@link Drill}, which nothing but the tests publishes.
 */
@Component
public class DrillListener {

  /** A test-only fact; not a {@code RecordedFact}, so the ledger never sees it. */
  public record Drill(UUID id) {}

  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger handled = new AtomicInteger();

  public void failing(boolean fail) {
    failing.set(fail);
  }

  public int failures() {
    return failures.get();
  }

  public int handled() {
    return handled.get();
  }

  @ApplicationModuleListener
  void on(Drill drill) {
    if (failing.get()) {
      failures.incrementAndGet();
      throw new IllegalStateException("the database refused the drill's report\n(a second line the log never shows)");
    }
    handled.incrementAndGet();
  }
}

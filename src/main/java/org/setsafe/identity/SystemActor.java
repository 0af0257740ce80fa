package org.setsafe.identity;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work as SetSafe itself, with administrator rights, for what no signed-in person does: the
 * admin CLI (whose operator already holds the server and its database) and start-up tasks. Facts
 * recorded this way carry {@link #ID} as their actor. Never reachable from a web request.
 */
public final class SystemActor {

  /** The actor id of facts recorded by the CLI or at start-up. */
  public static final UUID ID = new UUID(0, 0);

  private static final Account SYSTEM = new Account(ID, "setsafe-system", "SetSafe (admin CLI or start-up)", null,
      InstallationRole.ADMINISTRATOR, true, false, null);

  private SystemActor() {}

  public static <T> T call(Supplier<T> work) {
    return new SignedInUser(SYSTEM, null, 0).call(work);
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}

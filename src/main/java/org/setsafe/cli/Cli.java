package org.setsafe.cli;

import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import picocli.CommandLine.Model.CommandSpec;

/** Turns SetSafe's refusals into a message on standard error and exit status 1. */
final class Cli {

  private Cli() {}

  static int guard(CommandSpec spec, Runnable work) {
    try {
      work.run();
      return 0;
    } catch (InvalidInputException e) {
      spec.commandLine().getErr().println("Refused: " + e.getMessage() + " (" + e.field() + ")");
      return 1;
    } catch (NotFoundException e) {
      spec.commandLine().getErr().println("Not found: " + e.getMessage());
      return 1;
    }
  }
}

package org.setsafe;

import org.setsafe.cli.SetSafeCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SetSafe in one jar: started with no command it serves the web UI and API; started with a command
 * ({@code setsafe user create …}) it runs the admin CLI against the same database and exits.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class SetSafeApplication {

  public static void main(String[] args) {
    if (SetSafeCli.isCommand(args)) {
      System.exit(SetSafeCli.run(SetSafeApplication.class, args));
    }
    SpringApplication.run(SetSafeApplication.class, args);
  }
}

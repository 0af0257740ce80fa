/**
 * The admin CLI, carried in the same jar: {@code java -jar setsafe.jar user create …}. It starts
 * SetSafe without the web server against the same database, runs one command as the system actor,
 * and exits with a status a script can check.
 */
@ApplicationModule(displayName = "Admin CLI", allowedDependencies = {"shared", "identity", "production", "ledger"})
package org.setsafe.cli;

import org.springframework.modulith.ApplicationModule;

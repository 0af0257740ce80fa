package org.setsafe.cli;

import picocli.CommandLine.Command;

@Command(
    name = "setsafe",
    mixinStandardHelpOptions = true,
    version = "SetSafe 0.1",
    description = "Administer a SetSafe installation. Uses the same database as the server: set SETSAFE_DATA_DIR for "
        + "the embedded database, or SPRING_PROFILES_ACTIVE=postgres with SETSAFE_DB_URL, SETSAFE_DB_USER and "
        + "SETSAFE_DB_PASSWORD for PostgreSQL.",
    subcommands = {UserCommand.class, ProductionCommand.class, MemberCommand.class, LedgerCommand.class,
        MigrateCommand.class})
class SetSafeCommand {}

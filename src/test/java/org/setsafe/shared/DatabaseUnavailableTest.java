package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

  @Test
  void noConnectionFromThePoolOrACutConnectionMeansTheDatabaseIsAway() {
    SQLTransientConnectionException poolGaveUp = new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 3001ms");
    assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
        poolGaveUp))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection",
        poolGaveUp))).isTrue();
    // The sign-in wraps the account look-up's failure in its own.
    assertThat(DatabaseUnavailable.causedBy(new InternalAuthenticationServiceException("lookup failed",
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolGaveUp)))).isTrue();
    // PostgreSQL's "An I/O error occurred while sending to the backend", untranslated, deep in another failure.
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("the ledger did not record it",
        new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
  }

  @Test
  void aRollbackThatFailedAfterTheConnectionWasCutStillMeansTheDatabaseIsAway() {
    TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollbackFailed.initApplicationException(new DataAccessResourceFailureException("I/O error",
        new SQLException("An I/O error occurred while sending to the backend.", "08006")));
    assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed")))).as("nothing says why").isFalse();
  }

  @Test
  void aRefusalByTheDatabaseOrAnyOtherFailureIsNot() {
    assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
  }
}

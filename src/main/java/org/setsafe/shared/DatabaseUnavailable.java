package org.setsafe.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure that means "SetSafe cannot reach its database" (no connection within the pool's wait, the
 * connection refused or cut) from every other failure. Such a request wrote nothing: its transaction never began
 * or never committed (the one exception, a connection cut during the commit itself, leaves the outcome unknown
 * until the database is back, when the record shows whether it landed). It is
 * answered 503 with a time to try again, not 500, and a refused sign-in is not counted against the person.
 */
public final class DatabaseUnavailable {

  /** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** The words every client sees, on the API and on the pages. */
  public static final String NOT_RECORDED = "Not recorded — SetSafe cannot reach its database. Try again.";

  private DatabaseUnavailable() {}

  /** True if the failure, or anything that caused it, says the database could not be reached. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
          || cause instanceof TransientDataAccessResourceException
          || cause instanceof RecoverableDataAccessException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      // SQL state class 08 is "connection exception" in every driver (PostgreSQL's 08001, 08006, ...).
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // The rollback after a cut connection fails too ("Connection is closed") and hides the cut behind it.
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && causedBy(rollback.getApplicationException())) {
        return true;
      }
    }
    return false;
  }
}

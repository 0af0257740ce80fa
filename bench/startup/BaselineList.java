import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * The baseline for the admin CLI's part of the start-up benchmark: a bare JVM that opens the same embedded database
 * over plain JDBC and lists the accounts, as {@code setsafe user list} does. Whatever the CLI costs beyond this is
 * the price of starting SetSafe around the query.
 */
public class BaselineList {
  public static void main(String[] args) throws Exception {
    try (Connection db = DriverManager.getConnection(args[0], "setsafe", "");
        ResultSet rows = db.createStatement().executeQuery("SELECT username, display_name FROM app_user ORDER BY username")) {
      while (rows.next()) {
        System.out.printf("%-24s %s%n", rows.getString(1), rows.getString(2));
      }
    }
  }
}

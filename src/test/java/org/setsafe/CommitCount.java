package org.setsafe;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the transactions SetSafe commits in its database as the database counts them ({@code xact_commit}): each
 * statement run in autocommit, each explicit transaction that ran a statement, read-only ones included. Import it
 * into a test ({@code @Import(CommitCount.class)}) to hold a step to a budget of transactions. The scheduler's
 * threads are left out (they run on their own clock, not because of the step), and so is the test's own thread
 * while it waits ({@link #notCounting}). Each commit is kept with its thread and first statement, so a test that
 * fails says where they came from.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CommitCount {

  /** One committed transaction: the thread that committed it and the statements it ran. */
  public record Commit(String thread, List<String> statements) {
    @Override
    public String toString() {
      return "[" + thread + "] " + String.join(" | ", statements);
    }
  }

  private static final List<Commit> COMMITS = new ArrayList<>();
  private static final AtomicBoolean COUNTING = new AtomicBoolean();
  private static final ThreadLocal<Boolean> PAUSED = ThreadLocal.withInitial(() -> false);

  @org.springframework.context.annotation.Bean
  static BeanPostProcessor countingCommits() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
      }
    };
  }

  /** Starts counting afresh. */
  public static void start() {
    synchronized (COMMITS) {
      COMMITS.clear();
    }
    COUNTING.set(true);
  }

  /** Stops counting and returns what was committed since {@link #start}. */
  public static List<Commit> stop() {
    COUNTING.set(false);
    synchronized (COMMITS) {
      return List.copyOf(COMMITS);
    }
  }

  /** Runs work on this thread (waiting, looking) without counting its transactions. */
  public static <T> T notCounting(java.util.function.Supplier<T> work) {
    PAUSED.set(true);
    try {
      return work.get();
    } finally {
      PAUSED.set(false);
    }
  }

  /** The scheduler's threads, SetSafe's and the task library's: they run on the clock, not because of a step. */
  private static boolean scheduled(String thread) {
    return thread.startsWith("scheduling-") || thread.startsWith("db-scheduler");
  }

  private static void committed(List<String> statements) {
    String thread = Thread.currentThread().getName();
    if (!COUNTING.get() || PAUSED.get() || scheduled(thread)) {
      return;
    }
    List<String> shown = statements.stream().map(sql -> sql.replaceAll("\\s+", " "))
        .map(sql -> sql.length() > 120 ? sql.substring(0, 120) + "…" : sql).toList();
    synchronized (COMMITS) {
      COMMITS.add(new Commit(thread, shown));
    }
  }

  private static final class Counting extends DelegatingDataSource {
    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counted(super.getConnection(username, password));
    }

    private static Connection counted(Connection connection) {
      return (Connection) Proxy.newProxyInstance(CommitCount.class.getClassLoader(), new Class<?>[] {Connection.class},
          new ConnectionHandler(connection));
    }
  }

  /** Follows one connection: in autocommit every statement commits; otherwise a commit after a statement does. */
  private static final class ConnectionHandler implements InvocationHandler {
    private final Connection target;
    private final List<String> pending = new ArrayList<>();

    ConnectionHandler(Connection target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      boolean wasAutoCommit = name.equals("setAutoCommit") && target.getAutoCommit();
      Object result = call(target, method, args);
      switch (name) {
        case "commit" -> {
          if (!pending.isEmpty()) {
            committed(pending);
            pending.clear();
          }
        }
        case "rollback", "close" -> pending.clear();
        case "setAutoCommit" -> {
          if (!wasAutoCommit && Boolean.TRUE.equals(args[0]) && !pending.isEmpty()) {
            committed(pending);
            pending.clear();
          }
        }
        case "createStatement", "prepareStatement", "prepareCall" -> {
          String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
          Class<?> type = method.getReturnType();
          return Proxy.newProxyInstance(CommitCount.class.getClassLoader(), new Class<?>[] {type},
              new StatementHandler(this, (Statement) result, sql));
        }
        default -> { }
      }
      return result;
    }

    void executed(String sql) throws SQLException {
      if (target.getAutoCommit()) {
        committed(List.of(sql));
      } else {
        pending.add(sql);
      }
    }
  }

  private static final class StatementHandler implements InvocationHandler {
    private final ConnectionHandler connection;
    private final Statement target;
    private final String sql;

    StatementHandler(ConnectionHandler connection, Statement target, String sql) {
      this.connection = connection;
      this.target = target;
      this.sql = sql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Object result = call(target, method, args);
      if (method.getName().startsWith("execute")) {
        connection.executed(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
      }
      return result;
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

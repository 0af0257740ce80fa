package org.setsafe;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements one piece of work runs on this thread, and keeps their text: for tests that hold a step
 * to how many round trips it makes, not to how long it takes. A test imports {@link Counting}, which wraps the
 * application's DataSource; only work inside {@link #of} is counted.
 */
public final class StatementCount {

  private static final ThreadLocal<List<String>> RUN = new ThreadLocal<>();

  private StatementCount() {}

  /** The statements {@code work} ran on this thread, in order, and what it returned. */
  public static <T> Counted<T> of(Supplier<T> work) {
    List<String> statements = new ArrayList<>();
    List<String> outer = RUN.get();
    RUN.set(statements);
    try {
      return new Counted<>(work.get(), List.copyOf(statements));
    } finally {
      RUN.set(outer);
    }
  }

  public record Counted<T>(T result, List<String> statements) {
    public int count() {
      return statements.size();
    }

    /** How many statements read or wrote the table (the first table named after FROM, INTO or UPDATE). */
    public long touching(String table) {
      String word = table.toLowerCase();
      return statements.stream().filter(s -> s.toLowerCase().matches("(?s).*\\b(from|into|update)\\s+" + word + "\\b.*"))
          .count();
    }
  }

  /** Wraps the DataSource so statements run inside {@link #of} are counted. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Counting {
    @Bean
    static BeanPostProcessor countStatements() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class, null) : bean;
        }
      };
    }
  }

  private static Object wrap(Object target, Class<?> type, String sql) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      String name = method.getName();
      if (result instanceof Connection connection && type == DataSource.class) {
        return wrap(connection, Connection.class, null);
      }
      if (type == Connection.class && result instanceof Statement statement) {
        Class<?> kind = statement instanceof CallableStatement ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return wrap(statement, kind, args != null && args.length > 0 && args[0] instanceof String s ? s : null);
      }
      if (Statement.class.isAssignableFrom(type) && name.startsWith("execute")) {
        List<String> run = RUN.get();
        if (run != null) {
          run.add(args != null && args.length > 0 && args[0] instanceof String s ? s : String.valueOf(sql));
        }
      }
      return result;
    };
    return Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

package org.setsafe.operations;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * One log line per failed listener run, not a stack trace: a listener failing on the same database constraint at
 * every retry buried everything else in the log. The stack trace is still there at DEBUG for this logger. The
 * failure itself is not lost: the publication stays in the registry, is retried, and is watched.
 */
@Component
class ListenerFailureLog implements AsyncConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerFailureLog.class);
  private static final int MAX_MESSAGE = 300;

  @Override
  public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
    return ListenerFailureLog::log;
  }

  static void log(Throwable failure, Method method, Object... arguments) {
    String event = arguments.length == 0 || arguments[0] == null ? "-" : arguments[0].getClass().getSimpleName();
    LOG.warn("Listener {}.{} failed on {}: {}; kept and tried again later", method.getDeclaringClass().getSimpleName(),
        method.getName(), event, oneLine(failure));
    LOG.debug("Listener {}.{} failed", method.getDeclaringClass().getSimpleName(), method.getName(), failure);
  }

  /** The deepest cause, on one line: that is the one that says which constraint or column refused. */
  static String oneLine(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage().strip();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline).strip();
    }
    if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "…";
    }
    return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }
}

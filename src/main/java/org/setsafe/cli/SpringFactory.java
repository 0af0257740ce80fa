package org.setsafe.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Lets picocli build SetSafe's commands with their Spring collaborators injected by constructor. */
final class SpringFactory implements CommandLine.IFactory {

  private final ConfigurableApplicationContext context;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  SpringFactory(ConfigurableApplicationContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type.getName().startsWith("org.setsafe.")) {
      return context.getAutowireCapableBeanFactory().createBean(type);
    }
    return fallback.create(type);
  }
}

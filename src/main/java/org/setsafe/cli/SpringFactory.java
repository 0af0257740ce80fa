package org.setsafe.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.target.AbstractLazyCreationTargetSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ReflectionUtils;
import picocli.CommandLine;

/**
 * Lets picocli build SetSafe's commands with their Spring collaborators injected by constructor. Picocli builds
 * every command up front to learn their options, so each collaborator is handed over as a stand-in that fetches the
 * real bean from the (lazily initialised) context on first use: {@code user list} makes the accounts service and
 * what it needs, not the ledger's or the productions'.
 */
final class SpringFactory implements CommandLine.IFactory {

  private final ConfigurableApplicationContext context;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  SpringFactory(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** For {@code --help} and {@code --version}: the commands are built to describe them, never run, so no Spring. */
  static SpringFactory withoutContext() {
    return new SpringFactory(null);
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (!type.getName().startsWith("org.setsafe.")) {
      return fallback.create(type);
    }
    Constructor<?>[] constructors = type.getDeclaredConstructors();
    if (context != null && (constructors.length != 1
        || Arrays.stream(constructors[0].getParameters()).anyMatch(p -> p.getAnnotations().length > 0))) {
      // Anything but plain constructor injection (a @Value, a choice of constructors) is left to Spring whole.
      return context.getAutowireCapableBeanFactory().createBean(type);
    }
    Constructor<?> constructor = constructors[0];
    ReflectionUtils.makeAccessible(constructor);
    Object[] collaborators = Arrays.stream(constructor.getParameters()).map(Parameter::getType).map(this::onFirstUse)
        .toArray();
    return type.cast(constructor.newInstance(collaborators));
  }

  private Object onFirstUse(Class<?> beanType) {
    ProxyFactory proxy = new ProxyFactory();
    proxy.setTargetSource(new AbstractLazyCreationTargetSource() {
      @Override
      public Class<?> getTargetClass() {
        return beanType;
      }

      @Override
      protected Object createObject() {
        if (context == null) {
          throw new IllegalStateException("no SetSafe started to provide " + beanType.getSimpleName());
        }
        return context.getBean(beanType);
      }
    });
    if (beanType.isInterface()) {
      proxy.addInterface(beanType);
    } else {
      proxy.setProxyTargetClass(true);
    }
    return proxy.getProxy(beanType.getClassLoader());
  }
}

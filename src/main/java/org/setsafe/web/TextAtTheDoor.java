package org.setsafe.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.setsafe.shared.TextRule;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text is checked once, at the door, against {@link TextRule}, before any service runs: every string of a JSON
 * body as Jackson reads it, and every request parameter (query or form field, multipart included) and path
 * variable before the handler is called. A refusal is a 400 naming the field and the rule (a problem detail on
 * the API, a readable page on the site), so a NUL can no longer reach PostgreSQL and come back as a misleading
 * 409 or a listener that fails forever. Line breaks arrive as line feeds wherever a string is bound.
 */
@Configuration(proxyBeanMethods = false)
class TextAtTheDoor implements WebMvcConfigurer {

  private final JsonMapper json;

  TextAtTheDoor(JsonMapper json) {
    this.json = json;
  }

  /**
   * Request bodies are read by the application's JSON mapper with the check added. Only here: the same mapper
   * also reads back the event publication log, where a fact recorded before the door existed must still be
   * readable so that its listeners can finish.
   */
  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
    JsonMapper checked = json.rebuild()
        .addModule(new SimpleModule("text-at-the-door").addDeserializer(String.class, new CheckedStrings()))
        .build();
    converters.withJsonConverter(new JacksonJsonHttpMessageConverter(checked));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new CheckedParameters());
  }

  /** A string in a JSON body that the rule refuses; the problem detail names its JSON path as the field. */
  static final class RefusedText extends InvalidFormatException {

    private final transient TextRule.Violation violation;

    RefusedText(JsonParser parser, String value, TextRule.Violation violation) {
      super(parser, violation.message("text"), value, String.class);
      this.violation = violation;
    }

    TextRule.Violation violation() {
      return violation;
    }
  }

  /** Jackson's own string reading, then the rule. */
  static final class CheckedStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String value = super.deserialize(parser, context);
      TextRule.Violation violation = TextRule.violation(value);
      if (violation != null) {
        throw new RefusedText(parser, value, violation);
      }
      return TextRule.lineFeeds(value);
    }
  }

  /** Query and form fields and path variables, by name, before the handler runs. */
  static final class CheckedParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (!(handler instanceof HandlerMethod)) {
        return true;
      }
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        check(parameter.getKey(), parameter.getKey());
        for (String value : parameter.getValue()) {
          check(parameter.getKey(), value);
        }
      }
      if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
        variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
      }
      return true;
    }

    private static void check(String field, String value) {
      TextRule.Violation violation = TextRule.violation(value);
      if (violation != null) {
        String name = TextRule.violation(field) == null ? field : TextRule.quoted(field);
        throw violation.problem(name);
      }
    }
  }

  /**
   * Form and query fields with their line breaks as line feeds, whatever binds them. A request wrapper rather than
   * a property editor on every data binder: an editor set from a global {@code @InitBinder} freezes the binder
   * before a controller's own {@code @InitBinder} can configure it.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> lineFeedsInParameters() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        chain.doFilter(new LineFeedParameters(request), response);
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  static final class LineFeedParameters extends HttpServletRequestWrapper {

    LineFeedParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return TextRule.lineFeeds(super.getParameter(name));
    }

    @Override
    public String[] getParameterValues(String name) {
      return lineFeeds(super.getParameterValues(name));
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>();
      super.getParameterMap().forEach((name, values) -> parameters.put(name, lineFeeds(values)));
      return Collections.unmodifiableMap(parameters);
    }

    private static String[] lineFeeds(String[] values) {
      if (values == null) {
        return null;
      }
      String[] fed = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        fed[i] = TextRule.lineFeeds(values[i]);
      }
      return fed;
    }
  }
}

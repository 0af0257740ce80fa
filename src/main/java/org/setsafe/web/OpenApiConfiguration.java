package org.setsafe.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import org.setsafe.shared.AnonymousCallers;
import org.setsafe.shared.AnswerNotKept;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI setSafeApi() {
    return new OpenAPI()
        .info(new Info()
            .title("SetSafe API")
            .version("1")
            .description("Productions, crews, custody, ledger and safety reports. Authenticate with a personal "
                + "API token (create one on your account page) as 'Authorization: Bearer sst_…'. Errors are "
                + "RFC 9457 problem details; validation errors list each field and rule under 'errors'.")
            .license(new License().name("Apache-2.0")))
        .components(new Components().addSecuritySchemes("token",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Personal API token")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }

  /** Every POST takes an Idempotency-Key ({@link IdempotencyKeys}), whichever module answers it. */
  @Bean
  OperationCustomizer idempotencyKeyOnEveryPost() {
    return (operation, handler) -> {
      if (isPost(handler) && IdempotencyKeys.annotation(handler, AnswerNotKept.class) == null) {
        int shortest = IdempotencyKeys.annotation(handler, AnonymousCallers.class) != null ? IdempotencyKeys.MIN_ANONYMOUS_KEY : 1;
        operation.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
            .schema(new StringSchema().minLength(shortest).maxLength(IdempotencyKeys.MAX_KEY))
            .description("Optional; a new random key for each thing you create, the same one when you retry it. A "
                + "retry gets the first answer again (status, body, Location), marked 'Idempotent-Replayed: true', "
                + "and nothing is created twice. The same key with a different request is refused (400). Keys are "
                + "kept for a day."));
      }
      return operation;
    };
  }

  private static boolean isPost(HandlerMethod handler) {
    RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    return mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.POST);
  }
}

package org.setsafe.offline.web;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The OpenAPI description of what a phone that kept an action without signal sends with it ({@link PhoneQueueDoor}). */
@Configuration(proxyBeanMethods = false)
class PhoneQueueHeaders {

  @Bean
  OperationCustomizer phoneTimeOnEveryPost() {
    return (operation, handler) -> {
      RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
      if (mapping == null || !Arrays.asList(mapping.method()).contains(RequestMethod.POST)) {
        return operation;
      }
      operation.addParametersItem(new HeaderParameter().name(PhoneQueueDoor.HEADER).required(false)
          .schema(new StringSchema().format("date-time").maxLength(64))
          .description("Optional, sent only with an Idempotency-Key: the phone's time when the person acted, for an "
              + "action the phone kept while it had no signal. Recorded beside the server's time (ledger: 'Sent from "
              + "a phone after no signal'); no rule judges by it. Not a time: 400."));
      if (handler.getBeanType().getPackageName().startsWith("org.setsafe.custody")) {
        operation.addParametersItem(new HeaderParameter().name(PhoneQueueDoor.SEEN_VERSION).required(false)
            .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO))
            .description("Optional, with SetSafe-Phone-Time on a weapon's step: how many steps of the weapon's "
                + "history the phone had seen (streamVersion). If another step was recorded since, this one is "
                + "refused (409, rule custody.changed-since-seen) and the refusal recorded."));
      }
      return operation;
    };
  }
}

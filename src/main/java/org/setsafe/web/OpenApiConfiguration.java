package org.setsafe.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}

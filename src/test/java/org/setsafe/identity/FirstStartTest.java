package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.SetSafeApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The first start of an empty installation, without demo data: no default password, ever. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

  private ConfigurableApplicationContext start(String database) {
    return new SpringApplicationBuilder(SetSafeApplication.class)
        .web(WebApplicationType.NONE)
        // Command-line arguments, not builder properties: those are defaults and would lose to
        // application.properties, pointing this test at the real ./data database.
        .run("--spring.datasource.url=jdbc:h2:mem:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "--spring.datasource.username=sa",
            "--logging.level.root=WARN");
  }

  @Test
  void theFirstStartCreatesOneAdministratorWithAOneTimePasswordPrintedOnce(CapturedOutput output) {
    String database = "first-start-" + UUID.randomUUID();
    try (ConfigurableApplicationContext first = start(database)) {
      Matcher printed = Pattern.compile("one-time password: (\\S+)").matcher(output.getOut());
      assertThat(printed.find()).isTrue();
      Accounts accounts = first.getBean(Accounts.class);
      Account admin = accounts.findByUsername("admin").orElseThrow();
      assertThat(admin.isAdministrator()).isTrue();
      assertThat(admin.mustChangePassword()).isTrue();
      assertThat(accounts.count()).isEqualTo(1);
      accounts.changePassword(admin.id(), printed.group(1), "the administrator's own password");
    }
    int printedSoFar = output.getOut().split("one-time password:", -1).length - 1;
    try (ConfigurableApplicationContext second = start(database)) {
      assertThat(second.getBean(Accounts.class).count()).isEqualTo(1);
    }
    assertThat(output.getOut().split("one-time password:", -1).length - 1).isEqualTo(printedSoFar);
  }
}

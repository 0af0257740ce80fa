package org.setsafe.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An invitation speaks the language whoever invites chose for it, since the person invited has no account to have
 * chosen one: a UPM who reads Spanish invites in Spanish unless they choose English, the email arrives in Spanish,
 * the link opens a Spanish page on a phone set to English, and the account made there reads Spanish. A crew list's
 * Language column does the same per row, and its problems are said in the UPM's language.
 */
@SetSafeTest
class InvitationLanguageTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Invitations invitations;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private UUID p;
  private String upm;

  @BeforeEach
  void aProductionWhoseUpmReadsSpanish() {
    upm = "upm-" + run;
    p = SystemActor.call(() -> {
      UUID id = productions.create("Tierra Seca " + run, "America/Denver").id();
      UUID upmId = accounts.createWithPassword(SystemActor.ID, upm, "Marta Ibarra", null, null, Crew.PASSWORD).id();
      accounts.chooseLanguage(upmId, "es");
      productions.addMember(id, upm, Set.of(CrewRole.UPM), null);
      return id;
    });
  }

  @Test
  void aLinkThatIsNotValidIsSaidSoInTheReadersLanguageAndWhatIsNotThereIsSaidInWords() throws Exception {
    String page = mvc.perform(get("/invitations/{token}", "not-a-link-" + run).header("Accept-Language", "es"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Este enlace de invitación no es válido. Pide uno nuevo a la oficina de producción.")
        .doesNotContain("Ask the production office");

    saidAsWritten(catchThrowableOfType(() -> crew.as(upm, () -> invitations.get(p, UUID.randomUUID())),
        NotFoundException.class));
    saidAsWritten(catchThrowableOfType(() -> SystemActor.call(() -> invitations.acceptAddressedTo(UUID.randomUUID(),
        "nobody-" + run + "@example.org")), NotFoundException.class));
  }

  @Test
  void anInvitationFromASpanishReadingUpmIsEmailedInSpanishOpensInSpanishAndMakesASpanishAccount() throws Exception {
    String eva = "eva-" + run + "@crew.example";
    mvc.perform(get("/productions/{p}/invitations", p).with(crew.signedIn(upm)).header("Accept-Language", "en-US"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Invitar a alguien")))
        .andExpect(content().string(containsString("Idioma de la invitación")))
        .andExpect(content().string(containsString("selected=\"selected\">Español")))
        .andExpect(content().string(not(containsString("Invite someone"))));

    // No language posted: the inviter's.
    mvc.perform(post("/productions/{p}/invitations", p).with(crew.signedIn(upm)).with(csrf())
            .param("displayName", "Eva Campos").param("email", eva).param("roles", "CREW").param("department", "Grip"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Invitación enviada por correo a Eva Campos."));

    MimeMessage mail = mailTo(eva);
    String body = String.valueOf(mail.getContent());
    assertThat(mail.getSubject()).isEqualTo("Te invitan a unirte a Tierra Seca " + run + " en SetSafe");
    assertThat(body).contains("Hola, Eva Campos:", "Te invitan a unirte al equipo de Tierra Seca " + run,
        "como Equipo técnico", "Funciona una sola vez, hasta el ").doesNotContain("You are invited", "Hello");
    String link = link(body);

    // A phone that came set to English still reads the invitation's Spanish, with a way to switch.
    mvc.perform(get(link).header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"es\"")))
        .andExpect(content().string(containsString("Únete a Tierra Seca " + run)))
        .andExpect(content().string(containsString(", te invitan al equipo como")))
        .andExpect(content().string(containsString("Elige cómo entrar")))
        .andExpect(content().string(containsString("Read this in English")))
        .andExpect(content().string(not(containsString("Choose your sign-in"))));
    mvc.perform(get(link).param("lang", "en").header("Accept-Language", "es"))
        .andExpect(content().string(containsString("Choose your sign-in")))
        .andExpect(content().string(containsString("Leer en español")));

    // A refusal of the form reads Spanish too, then the account made reads Spanish.
    mvc.perform(post(link).with(csrf()).param("lang", "es").param("username", "eva-" + run)
            .param("password", "salitre en la bota").param("repeatPassword", "salitre en la otra"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("las dos contraseñas no son iguales")));
    mvc.perform(post(link).with(csrf()).param("lang", "es").param("username", "eva-" + run)
            .param("password", "salitre en la bota").param("repeatPassword", "salitre en la bota"))
        .andExpect(redirectedUrl("/productions/" + p));
    UUID evaId = accounts.findByUsername("eva-" + run).orElseThrow().id();
    assertThat(accounts.language(evaId)).contains("es");
    assertThat(SystemActor.call(() -> productions.rolesOf(p, evaId))).contains(Set.of(CrewRole.CREW));
  }

  @Test
  void theInviterMayChooseEnglishAndTheEmailIsTheEnglishItAlwaysWas() throws Exception {
    String ike = "ike-" + run + "@crew.example";
    mvc.perform(post("/productions/{p}/invitations", p).with(crew.signedIn(upm)).with(csrf())
            .param("displayName", "Ike Brandt").param("email", ike).param("roles", "PERFORMER").param("language", "en"))
        .andExpect(status().is3xxRedirection());
    MimeMessage mail = mailTo(ike);
    String body = String.valueOf(mail.getContent());
    assertThat(mail.getSubject()).isEqualTo("You are invited to join Tierra Seca " + run + " on SetSafe");
    assertThat(body).contains("Hello Ike Brandt,", "You are invited to join the crew of Tierra Seca " + run
        + " on SetSafe as Performer. SetSafe is where the set's safety is kept");
    mvc.perform(get(link(body)).header("Accept-Language", "es")).andExpect(content().string(containsString("Join Tierra")));
    mvc.perform(get("/productions/{p}/invitations", p).with(crew.signedIn(upm)))
        .andExpect(content().string(containsString("· English")));
  }

  @Test
  void aCrewListsLanguageColumnChoosesEachInvitationsAndItsProblemsAreSaidInTheUpmsLanguage() throws Exception {
    mvc.perform(get("/productions/{p}/crew/import", p).with(crew.signedIn(upm)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Importar una lista del equipo")))
        .andExpect(content().string(containsString("<span>Nombre (obligatoria), </span><span>Correo (obligatoria), ")))
        .andExpect(content().string(containsString("<span>Fecha de fin, </span><span>Idioma.</span>")));
    String csv = "Name,Email,Department,Role,Language\n"
        + "Ana Ruiz,ana-" + run + "@crew.example,Grip,Crew,es\n"
        + "Bo Lind,bo-" + run + "@crew.example,Grip,Crew,English\n"
        + "Cy Dorn,,Grip,Crew,fr\n";
    mvc.perform(post("/productions/{p}/crew/import/preview", p).with(crew.signedIn(upm)).with(csrf())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("csv", csv))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("3 filas: 2 por invitar, 0 por cambiar, 0 sin cambios, 1 con problemas.")))
        .andExpect(content().string(containsString("Fila 4 — Cy Dorn")))
        .andExpect(content().string(containsString("Correo: está vacío")))
        .andExpect(content().string(containsString("Idioma: &#39;fr&#39; no es un idioma que SetSafe hable")))
        .andExpect(content().string(not(containsString("is empty"))));
    // The same list previewed by a UPM who reads English: the words it always had.
    String englishUpm = "upm2-" + run;
    SystemActor.run(() -> {
      accounts.createWithPassword(SystemActor.ID, englishUpm, "Ned Poole", null, null, Crew.PASSWORD);
      productions.addMember(p, englishUpm, Set.of(CrewRole.UPM), null);
    });
    mvc.perform(post("/productions/{p}/crew/import/preview", p).with(crew.signedIn(englishUpm)).with(csrf())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("csv", csv).header("Accept-Language", "en"))
        .andExpect(content().string(containsString("3 rows: 2 to invite, 0 to change, 0 unchanged, 1 with problems.")))
        .andExpect(content().string(containsString("Email: is empty")));
    // Imported anyway, nothing is: each reads why in their language, the English word for word the API's detail.
    mvc.perform(post("/productions/{p}/crew/import", p).with(crew.signedIn(upm)).with(csrf())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("csv", csv))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 filas tienen problemas, no se importó nada: fila 4 Correo: está "
            + "vacío; fila 4 Idioma: &#39;fr&#39; no es un idioma que SetSafe hable")));
    mvc.perform(post("/productions/{p}/crew/import", p).with(crew.signedIn(englishUpm)).with(csrf())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("csv", csv).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 rows have problems, nothing was imported: row 4 Email: is empty; "
            + "row 4 Language: &#39;fr&#39; is not a language SetSafe speaks; write en (English) or es (Spanish)<")));

    mvc.perform(post("/productions/{p}/crew/import", p).with(crew.signedIn(upm)).with(csrf())
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("csv", csv.substring(0, csv.indexOf("Cy Dorn"))))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Lista del equipo importada: 2 invitados, 0 cambiados, 0 sin cambios."));
    assertThat(mailTo("ana-" + run + "@crew.example").getSubject()).startsWith("Te invitan a unirte");
    assertThat(mailTo("bo-" + run + "@crew.example").getSubject()).startsWith("You are invited to join");
    mvc.perform(get("/api/productions/{p}/invitations", p).header("Authorization", crew.bearer(upm)))
        .andExpect(jsonPath("$[?(@.displayName == 'Ana Ruiz')].language").value("es"))
        .andExpect(jsonPath("$[?(@.displayName == 'Bo Lind')].language").value("en"));
  }

  private MimeMessage mailTo(String address) {
    await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(smtp.getReceivedMessages())
        .anyMatch(m -> to(m).equals(address)));
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).findFirst().orElseThrow();
  }

  private static String link(String body) {
    Matcher found = Pattern.compile("/invitations/[A-Za-z0-9_-]{43}").matcher(body);
    assertThat(found.find()).isTrue();
    return found.group();
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

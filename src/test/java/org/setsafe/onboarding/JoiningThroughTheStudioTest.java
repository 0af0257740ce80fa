package org.setsafe.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SsoInvitations;
import org.setsafe.identity.SsoSignIns;
import org.setsafe.identity.SsoSignIns.Refusal;
import org.setsafe.identity.SsoSignIns.SsoIdentity;
import org.setsafe.identity.SsoSignIns.SsoSignInRefused;
import org.setsafe.identity.StudioInstallation;
import org.setsafe.identity.SystemActor;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A studio that signs its people in through its own provider, with SetSafe passwords off for its domain: an invited
 * newcomer has no account yet, and the studio's sign-in is the only way in. The invitation vouches for them (one
 * addressed to the email the studio verified, or the printed link they followed), their account is made at that
 * first sign-in, and they join the production as they arrive; the link works once, and a password for the studio's
 * domain is refused.
 */
@SetSafeTest
class JoiningThroughTheStudioTest extends StudioInstallation {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);
  private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired CrewList crewList;
  @Autowired Invitations invitations;
  @Autowired SsoSignIns signIns;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aNewcomerInvitedByEmailIsVouchedForByHerInvitationAndJoinsAsSheArrives() {
    UUID p = production();
    String email = "nia." + run + "@studio.example";
    SsoIdentity nia = new SsoIdentity(PROVIDER.issuer(), "nia-" + run, email, true, "Nia Grip", List.of());
    // Not yet invited: the studio knows her, SetSafe does not.
    assertThatThrownBy(() -> signIns.signIn(nia)).isInstanceOfSatisfying(SsoSignInRefused.class,
        e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_ACCOUNT));

    invite(p, email, "Nia Grip", CrewRole.CREW, "Grip");
    Account account = signIns.signIn(nia);
    assertThat(account.email()).isEqualTo(email);
    assertThat(account.displayName()).isEqualTo("Nia Grip");
    assertThat(invitations.arrived(account.id(), email, null)).containsExactly(p);
    assertThat(crewList.rolesOf(p, account.id())).contains(Set.of(CrewRole.CREW));

    // The invitation is used: arriving again joins nothing more, and it vouches for no one else.
    assertThat(invitations.arrived(account.id(), email, null)).isEmpty();
    assertThat(invitations.vouchFor(email, null)).isFalse();
    // The provider's subject finds her from now on, with or without an invitation.
    assertThat(signIns.signIn(nia).id()).isEqualTo(account.id());
  }

  @Test
  void aPrintedLinkFollowedThroughTheStudioVouchesForWhoeverHoldsItOnce() {
    UUID p = production();
    String link = crew.as("upm-" + run, () -> invitations.invite(p, new Invitations.Offer(null, "Dolores Vega",
        Set.of(CrewRole.PERFORMER), "Cast", CrewDetail.NONE))).link();
    String token = link.substring(link.lastIndexOf('/') + 1);
    String email = "dolores." + run + "@studio.example";

    Account dolores = signIns.signIn(new SsoIdentity(PROVIDER.issuer(), "dolores-" + run, email, true,
        "Dolores Vega", List.of()), token);
    assertThat(invitations.arrived(dolores.id(), email, token)).containsExactly(p);
    assertThat(crewList.rolesOf(p, dolores.id())).contains(Set.of(CrewRole.PERFORMER));

    // The same link, followed by someone else afterwards, vouches for nobody.
    assertThatThrownBy(() -> signIns.signIn(new SsoIdentity(PROVIDER.issuer(), "other-" + run,
        "other." + run + "@studio.example", true, "Someone Else", List.of()), token))
        .isInstanceOfSatisfying(SsoSignInRefused.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NO_ACCOUNT));
  }

  @Test
  void theLinksPageSendsAStudioAddressThroughTheStudioAndRefusesItAPassword() throws Exception {
    UUID p = production();
    String email = "ivy." + run + "@studio.example";
    invite(p, email, "Ivy Moreno", CrewRole.CREW, "Electric");
    String token = tokenMailedTo(email);

    MockHttpSession visit = new MockHttpSession();
    String page = mvc.perform(get("/invitations/{t}", token).session(visit)).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(page).contains("Join with Studio Pass").contains("href=\"/invitations/" + token + "/studio\"")
        .contains("People at your studio&#39;s domain join with Studio Pass, not a SetSafe password.")
        .doesNotContain("Choose your sign-in");

    // Joining through the studio keeps the invitation on the server for the provider's round trip.
    mvc.perform(get("/invitations/{t}/studio", token).session(visit))
        .andExpect(redirectedUrl("/oauth2/authorization/studio"));
    assertThat(visit.getAttribute(SsoInvitations.FOLLOWED)).isEqualTo(token);

    // A password posted all the same is refused, and no account is made.
    String refused = mvc.perform(post("/invitations/{t}", token).session(new MockHttpSession()).with(csrf())
            .param("username", "ivy-" + run).param("password", "tumbleweed at noon")
            .param("repeatPassword", "tumbleweed at noon"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("people at studio.example join with their studio sign-in, not a SetSafe password");
    assertThat(accounts.findByUsername("ivy-" + run)).isEmpty();
  }

  @Test
  void aLinkNoLongerOpenGoesBackToItsPageInsteadOfToTheStudio() throws Exception {
    UUID p = production();
    Invitations.Issued issued = crew.as("upm-" + run, () -> invitations.invite(p, new Invitations.Offer(null,
        "Ike Brandt", Set.of(CrewRole.PERFORMER), "Cast", CrewDetail.NONE)));
    String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);
    crew.as("upm-" + run, () -> invitations.revoke(p, issued.invitation().id()));

    MockHttpSession visit = new MockHttpSession();
    mvc.perform(get("/invitations/{t}/studio", token).session(visit))
        .andExpect(redirectedUrl("/invitations/" + token));
    assertThat(visit.getAttribute(SsoInvitations.FOLLOWED)).isNull();
  }

  private UUID production() {
    String upm = "upm-" + run;
    return SystemActor.call(() -> {
      UUID id = productions.create("Red Mesa " + run, "America/Denver").id();
      accounts.createWithPassword(SystemActor.ID, upm, "Uma Price", null, null, Crew.PASSWORD);
      productions.addMember(id, upm, Set.of(CrewRole.UPM), null);
      return id;
    });
  }

  private void invite(UUID p, String email, String name, CrewRole role, String department) {
    crew.as("upm-" + run, () -> invitations.invite(p, new Invitations.Offer(email, name, Set.of(role), department,
        CrewDetail.NONE)));
  }

  private String tokenMailedTo(String email) {
    await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(email).isPresent());
    try {
      Matcher link = LINK.matcher(String.valueOf(mailTo(email).orElseThrow().getContent()));
      assertThat(link.find()).as("the email holds the invitation's link").isTrue();
      return link.group(1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<MimeMessage> mailTo(String email) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(email);
      } catch (Exception e) {
        return false;
      }
    }).findFirst();
  }
}

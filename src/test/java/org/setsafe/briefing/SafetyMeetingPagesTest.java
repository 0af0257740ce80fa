package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.Bulletins.BulletinAcknowledgments;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The meeting on the phone: the 1st AD opens it from the day's page, the actor acknowledges it from the link on the
 * dashboard, the day's page shows who has and who has not; bulletins are attached and acknowledged; bad input gets
 * a readable page.
 */
@SetSafeTest
class SafetyMeetingPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired SafetyMeetings meetings;
  @Autowired Bulletins bulletins;

  private MeetingSet set;
  private String base;

  @BeforeEach
  void onSet() {
    set = MeetingSet.create(crew, productions, accounts, schedule, "Meeting pages");
    base = "/productions/" + set.id() + "/briefing";
  }

  @Test
  void theFirstAdOpensTheMeetingAndTheActorAcknowledgesItFromTheDashboardLink() throws Exception {
    assertThat(page("dana.ad", base + "/meetings")).contains("Open today&#39;s meeting").contains("Sc. 12A")
        .contains("No meeting yet on this day.");
    mvc.perform(post(base + "/meetings").param("sceneIds", set.sceneId().toString())
            .with(crew.signedIn(set.who("dana.ad"))).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base + "/meetings"));

    assertThat(page("eli.actor", "/productions/" + set.id())).contains("data-testid=\"safety-meeting\"")
        .contains(base + "/glance");
    String glance = page("eli.actor", base + "/glance");
    assertThat(glance).contains("Safety meeting to acknowledge").contains("Acknowledge the meeting (Sc. 12A)");
    String link = glance.substring(glance.indexOf(base + "/meetings/"));
    link = link.substring(0, link.indexOf('"'));
    assertThat(page("eli.actor", link)).contains("I was at the meeting and understood it");

    mvc.perform(post(link).with(crew.signedIn(set.who("eli.actor"))).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(link));
    assertThat(page("eli.actor", link)).contains("You acknowledged this meeting at")
        .doesNotContain("I was at the meeting and understood it");
    assertThat(page("eli.actor", base + "/glance")).contains("Nothing for you to acknowledge today.");

    String day = page("dana.ad", base + "/meetings");
    assertThat(day).contains("1 acknowledged").contains("Eli Navarro").contains("5 not acknowledged")
        .contains("Record it held");
    assertThat(page("eli.actor", base + "/meetings")).doesNotContain("Record it held")
        .doesNotContain("Open today&#39;s meeting");
  }

  @Test
  void aMeetingOnADayNotOnTheScheduleIsRefusedInWordsAndLeadsToTheSchedule() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    org.setsafe.production.Production idle = org.setsafe.identity.SystemActor.call(
        () -> productions.create("Day off " + suffix, "America/Denver"));
    String ad = "dana.ad." + suffix;
    accounts.createWithPassword(org.setsafe.identity.SystemActor.ID, ad, "Dana Whitcombe", null, null, Crew.PASSWORD);
    org.setsafe.identity.SystemActor.run(() -> productions.addMember(idle.id(), ad,
        java.util.Set.of(org.setsafe.production.CrewRole.FIRST_AD), "Assistant directors"));
    String meetingsPage = "/productions/" + idle.id() + "/briefing/meetings";

    var refused = mvc.perform(post(meetingsPage).with(crew.signedIn(ad)).with(csrf()))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(meetingsPage)).andReturn();
    String page = mvc.perform(get(meetingsPage).flashAttrs(refused.getFlashMap()).with(crew.signedIn(ad)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("data-testid=\"refusal\"").contains("Refused: A shooting day on today&#39;s call sheet.")
        .contains("Ask the 1st AD to put today on the schedule, with the scenes shot today.")
        .contains("data-testid=\"refusal-fix-link\" href=\"/productions/" + idle.id() + "/schedule\"")
        .doesNotContain("ShootingDay").doesNotContain("This refusal is on record.");
  }

  @Test
  void someoneElsesAcknowledgmentIsRefusedAndAnUnknownSceneGetsAReadablePage() throws Exception {
    UUID meeting = crew.as(set.who("sam.safety"), () -> meetings.open(set.id(), List.of()).id());
    mvc.perform(post(base + "/meetings/" + meeting + "/acknowledge").with(crew.signedIn("june.actor")).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post(base + "/meetings/" + meeting + "/held").with(crew.signedIn(set.who("eli.actor"))).with(csrf()))
        .andExpect(status().isForbidden());
    String page = mvc.perform(post(base + "/meetings").param("sceneIds", UUID.randomUUID().toString())
            .with(crew.signedIn(set.who("dana.ad"))).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("is not on today&#39;s call sheet");
    mvc.perform(post(base + "/meetings").param("sceneIds", "twelve").with(crew.signedIn(set.who("dana.ad"))).with(csrf()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theSafetyAdvisorAttachesTheFirearmsBulletinToEveryDayAndTheCrewAcknowledgeIt() throws Exception {
    LocalDate today = crew.as(set.who("sam.safety"), () -> meetings.today(set.id()));
    String refused = mvc.perform(post(base + "/bulletins").param("reference", "Industry Safety Bulletin #1")
            .param("title", " ").param("text", "Treat every firearm as loaded.").param("from", today.toString())
            .with(crew.signedIn(set.who("sam.safety"))).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("title must be 1 to 200 characters").contains("Treat every firearm as loaded.");
    mvc.perform(post(base + "/bulletins").param("reference", "Industry Safety Bulletin #1")
            .param("title", "Firearms").param("text", "Treat every firearm as loaded.").param("from", today.toString())
            .with(crew.signedIn(set.who("dana.ad"))).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post(base + "/bulletins").param("reference", "Industry Safety Bulletin #1")
            .param("title", "Firearms and blank ammunition").param("text", "Treat every firearm as loaded.")
            .param("from", today.toString()).param("everyDay", "true")
            .with(crew.signedIn(set.who("sam.safety"))).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(page("eli.actor", base + "/glance")).contains("A safety bulletin");
    UUID bulletin = crew.as(set.who("eli.actor"), () -> bulletins.on(set.id(), today.plusDays(3))).get(0).id();
    assertThat(page("eli.actor", base + "/bulletins")).contains("I have read and understood it");
    mvc.perform(post(base + "/bulletins/" + bulletin + "/acknowledgment").with(crew.signedIn(set.who("eli.actor")))
        .with(csrf())).andExpect(status().is3xxRedirection());
    mvc.perform(post(base + "/bulletins/" + bulletin + "/acknowledgment").with(crew.signedIn(set.who("eli.actor")))
        .with(csrf())).andExpect(status().isConflict());
    assertThat(page("eli.actor", base + "/bulletins")).contains("You acknowledged it.");

    List<BulletinAcknowledgments> tomorrow = crew.as(set.who("grace.producer"),
        () -> bulletins.acknowledgments(set.id(), today.plusDays(1)));
    assertThat(tomorrow).singleElement().satisfies(b -> {
      assertThat(b.bulletin().reference()).isEqualTo("Industry Safety Bulletin #1");
      assertThat(b.acknowledged()).extracting(Bulletins.Acknowledgment::name).containsExactly("Eli Navarro");
      assertThat(b.notYet()).extracting(Bulletins.Person::name).hasSize(5).doesNotContain("Eli Navarro");
    });
    assertThat(crew.as(set.who("grace.producer"), () -> bulletins.acknowledgments(set.id(), today.minusDays(1))))
        .isEmpty();
  }

  private String page(String who, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(set.who(who)))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}

package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.Armory;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.notify.Inbox;
import org.setsafe.notify.InboxItem;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Needs you now" and the notices behind it, as the safety advisor lives them: the armorer records a weapon plan,
 * the advisor's dashboard and inbox say it waits for her signature, the notice opens the plan, she signs and the block
 * empties; a later change tells whoever signed, in words, what changed; someone on two productions sees on the
 * picker what waits on each.
 */
@SetSafeTest
class NeedsYouNowTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Armory armory;
  @Autowired PlanDrafting drafting;
  @Autowired PlanSignOffs signOffs;
  @Autowired Inbox inbox;
  @Autowired org.setsafe.briefing.SafetyMeetings meetings;

  @Test
  void theSafetyAdvisorSeesThePlanToSignHearsOfItOpensItAndTheBlockEmptiesOnceSigned() throws Exception {
    PlanSet set = PlanSet.create(crew, accounts, productions, schedule, armory, "Needs you");
    String dashboard = "/productions/" + set.id();
    String plan = dashboard + "/protocol/scenes/" + set.scene.id() + "/plan";
    assertThat(read(set, "sam.safety", dashboard)).contains("Needs you now").contains("Nothing needs you now.");

    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), set.coltForEli())));

    String block = read(set, "sam.safety", dashboard + "/needs-you");
    assertThat(block).contains("The weapon plan for scene 12A waits for your signature.")
        .contains("href=\"" + plan + "\"").contains("hx-trigger=\"every 20s\"");
    assertThat(read(set, "rosa.armorer", dashboard + "/needs-you")).as("the armorer signs it too")
        .contains("The weapon plan for scene 12A waits for your signature.");
    assertThat(read(set, "eli.actor", dashboard + "/needs-you")).contains("Nothing needs you now.");

    InboxItem notice = await().atMost(Duration.ofSeconds(30))
        .until(() -> noticeOf(set, "sam.safety", "waits for your signature"), Optional::isPresent).orElseThrow();
    assertThat(notice.subject()).contains(set.production.name()).contains("scene 12A");
    assertThat(notice.link()).isEqualTo(plan);
    assertThat(read(set, "sam.safety", "/account/inbox")).contains(set.production.name())
        .contains("/account/inbox/" + notice.id() + "/open");

    String open = "/account/inbox/" + notice.id() + "/open";
    mvc.perform(post(open).with(crew.signedIn(set.who("sam.safety"))).with(csrf().useInvalidToken()))
        .andExpect(status().isForbidden());
    mvc.perform(post(open).with(crew.signedIn(set.who("eli.actor"))).with(csrf())).andExpect(status().isNotFound());
    assertThat(noticeOf(set, "sam.safety", "waits for your signature").orElseThrow().unread()).isTrue();
    mvc.perform(post(open).with(crew.signedIn(set.who("sam.safety"))).with(csrf()))
        .andExpect(redirectedUrl(plan));
    assertThat(noticeOf(set, "sam.safety", "waits for your signature").orElseThrow().unread()).isFalse();

    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));
    assertThat(read(set, "sam.safety", dashboard + "/needs-you")).contains("Nothing needs you now.");
    assertThat(read(set, "rosa.armorer", dashboard + "/needs-you")).contains("waits for your signature");
  }

  @Test
  void aChangeAfterSigningTellsWhoSignedInWordsWhatChangedAndAsksThemToSignAgain() throws Exception {
    PlanSet set = PlanSet.create(crew, accounts, productions, schedule, armory, "Lapse notice");
    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), set.coltForEli())));
    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));
    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));

    PlanDraft toJune = new PlanDraft(false, null, null, List.of(new PlanDraft.LineDraft(
        set.colt, set.person("june.actor"), false, null, "The cylinder turns in close-up; a replica's does not.")),
        List.of(), "June takes the Colt");
    set.as("sam.safety", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), toJune)));

    InboxItem notice = await().atMost(Duration.ofSeconds(30))
        .until(() -> noticeOf(set, "rosa.armorer", "changed after you signed"), Optional::isPresent).orElseThrow();
    assertThat(notice.body()).isEqualTo("The weapon plan for scene 12A changed after you signed: " + set.coltLabel()
        + " now goes to June Castellanos. Why: June takes the Colt. Please read it again and sign.");
    assertThat(notice.subject()).contains(set.production.name()).contains("scene 12A");
    assertThat(noticeOf(set, "sam.safety", "changed after you signed")).as("she made the change herself").isEmpty();
    assertThat(read(set, "rosa.armorer", "/productions/" + set.id() + "/needs-you"))
        .contains("The weapon plan for scene 12A waits for your signature.");
  }

  @Test
  void aPlanChangedAfterTheMeetingTellsWhoAcknowledgedItThatTheirAcknowledgmentLapsed() throws Exception {
    PlanSet set = PlanSet.create(crew, accounts, productions, schedule, armory, "Meeting lapse");
    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), set.coltForEli())));
    var meeting = set.as("dana.ad", () -> meetings.open(set.id(), List.of(set.scene.id())));
    String needsYou = "/productions/" + set.id() + "/needs-you";
    assertThat(read(set, "eli.actor", needsYou)).contains("safety meeting for scene 12A waits for your acknowledgment.").contains("/briefing/meetings/" + meeting.id() + "/acknowledge");
    set.as("eli.actor", () -> meetings.acknowledge(set.id(), meeting.id(), set.person("eli.actor")));
    assertThat(read(set, "eli.actor", needsYou)).contains("Nothing needs you now.");

    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), new PlanDraft(false, null, null,
        List.of(new PlanDraft.LineDraft(set.colt, set.person("june.actor"), false, null, "Close-up of the cylinder.")),
        List.of(), null))));

    InboxItem notice = await().atMost(Duration.ofSeconds(30))
        .until(() -> noticeOf(set, "eli.actor", "no longer covers the scene"), Optional::isPresent).orElseThrow();
    assertThat(notice.body()).startsWith("The weapon plan for scene 12A changed after today's safety meeting: "
        + set.coltLabel() + " now goes to June Castellanos. Your acknowledgment no longer covers it.");
    assertThat(noticeOf(set, "june.actor", "no longer covers the scene")).as("she acknowledged nothing").isEmpty();
  }

  @Test
  void someoneOnTwoProductionsSeesOnThePickerWhatWaitsOnEach() throws Exception {
    PlanSet home = PlanSet.create(crew, accounts, productions, schedule, armory, "Picker home");
    PlanSet away = PlanSet.create(crew, accounts, productions, schedule, armory, "Picker away");
    SystemActor.run(() -> productions.addMember(away.id(), home.who("sam.safety"), EnumSet.of(CrewRole.SAFETY_ADVISOR),
        null));
    away.as("rosa.armorer", () -> drafting.record(away.id(), new RecordPlan(away.scene.id(), away.coltForEli())));

    String picker = read(home, "sam.safety", "/productions");
    String awayLine = picker.substring(picker.indexOf(away.production.name()));
    assertThat(awayLine.substring(0, awayLine.indexOf("</li>"))).contains("1 thing needs you now")
        .contains("The weapon plan for scene 12A waits for your signature.")
        .contains("/productions/" + away.id() + "/protocol/scenes/" + away.scene.id() + "/plan");
    String homeLine = picker.substring(picker.indexOf(home.production.name()));
    assertThat(homeLine.substring(0, homeLine.indexOf("</li>"))).doesNotContain("needs you now");
  }

  @Test
  void aSignOffThatLapsedWhenTheSceneMovedIsAskedAgainOfWhoeverSignedIt() throws Exception {
    PlanSet set = PlanSet.create(crew, accounts, productions, schedule, armory, "Lapsed asks again");
    String dashboard = "/productions/" + set.id();
    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), set.coltForEli())));
    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));
    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));
    assertThat(read(set, "rosa.armorer", dashboard)).doesNotContain("The weapon plan for scene 12A");

    SystemActor.call(() -> schedule.scheduleScene(set.id(), set.scene.id(), set.tomorrow.id()));

    // Both signed for where the scene was: both are asked again, each told why.
    for (String signer : List.of("rosa.armorer", "sam.safety")) {
      assertThat(read(set, signer, dashboard)).as(signer)
          .contains("The weapon plan for scene 12A needs your signature again: scene 12A moved from")
          .contains("/protocol/scenes/" + set.scene.id() + "/plan");
    }
    // The armorer signs for the new day: she is done; the safety advisor is still asked.
    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));
    assertThat(read(set, "rosa.armorer", dashboard)).doesNotContain("The weapon plan for scene 12A");
    assertThat(read(set, "sam.safety", dashboard))
        .contains("The weapon plan for scene 12A needs your signature again: scene 12A moved from");
    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));
    assertThat(read(set, "sam.safety", dashboard)).doesNotContain("The weapon plan for scene 12A");
  }

  private Optional<InboxItem> noticeOf(PlanSet set, String who, String text) {
    return set.as(who, () -> inbox.mine()).stream()
        .filter(i -> i.subject().contains(text) && set.id().equals(i.productionId())).findFirst();
  }

  private String read(PlanSet set, String who, String path) throws Exception {
    return mvc.perform(get(path).with(crew.signedIn(set.who(who)))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}

package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.training.QualificationType;
import org.setsafe.training.CertificateRecording;
import org.setsafe.training.CertificationCommands.NewCertification;
import org.setsafe.training.CertificationCommands.RecordCertification;
import org.setsafe.training.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A certificate that ran out yesterday qualifies no one today: an armorer whose permit expired may not inspect a
 * weapon, and a performer whose firearms safety course expired does not get a firearm where the production wants
 * the course rather than a briefing. Each refusal names the expiry date.
 */
@SetSafeTest
class ExpiredQualificationGateTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired CertificateRecording qualifications;
  @Autowired TestClock clock;

  private FreshProduction set;

  @Test
  void anArmorerWhosePermitExpiredYesterdayMayNotInspectAndAPerformerWithAnExpiredCourseGetsNoFirearm()
      throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Expired");
    LocalDate today = set.today();
    set.member("hank.props", "Armory", CrewRole.ARMORER);
    holds(set.who("hank.props"), QualificationType.ARMORER_PERMIT, today.minusDays(1));
    holds(set.who("june.actor"), QualificationType.FIREARMS_SAFETY, today.minusDays(1));
    ShootingDay day = set.today(null, null);
    Scene scene = set.scene(day, Set.of(crew.id(set.who("june.actor"))), null);
    String custody = "/api/productions/" + set.id() + "/custody";

    String weapon = JsonPath.read(send("rosa.armorer", custody + "/weapons", """
        {"kind":"FIREARM","serial":"E-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals"}"""
        .formatted(UUID.randomUUID().toString().substring(0, 6))).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.weapon.id");
    send("rosa.armorer", custody + "/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());

    send("hank.props", custody + "/weapons/" + weapon + "/inspect", "{\"finding\":\"Bore clear\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("training.current-qualification"))
        .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString(
            "Armorer permit expired on " + today.minusDays(1))));

    mvc.perform(put("/api/productions/" + set.id() + "/performer-training-rule")
            .header("Authorization", crew.bearer(set.who("grace.producer"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"briefingAccepted\":false,\"briefingValidDays\":30}"))
        .andExpect(status().isOk());
    String reason = JsonPath.read(send("rosa.armorer", custody + "/weapons/" + weapon + "/issue",
        "{\"performerId\":\"" + crew.id(set.who("june.actor")) + "\",\"sceneId\":\"" + scene.id() + "\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("training.firearms-safety"))
        .andReturn().getResponse().getContentAsString(), "$.reason");
    assertThat(reason).contains("Firearms safety training expired on " + today.minusDays(1));
  }

  /** The person records their own certificate, good for three years until {@code expiresOn}. */
  private void holds(String username, QualificationType type, LocalDate expiresOn) {
    crew.as(username, () -> qualifications.record(new RecordCertification(new PersonId(crew.id(username)), null,
        new NewCertification(type.code(), "Hollywood Armory Training",
            "X-" + UUID.randomUUID().toString().substring(0, 6), expiresOn.minusYears(3), expiresOn), null)));
  }

  private ResultActions send(String who, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(set.who(who)))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }
}

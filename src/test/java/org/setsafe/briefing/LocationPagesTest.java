package org.setsafe.briefing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The locations page: the UPM enters a location's hospital and names the compliance contact from the browser; the
 * crew reads them without the forms; a performer's attempt to change them is refused. The dashboard links to the
 * day's safety section, and to the pre-production check only for those who plan.
 */
@SetSafeTest
class LocationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;

  private CallSheetProduction set;
  private String page;

  @BeforeEach
  void aProductionShootingToday() {
    set = CallSheetProduction.create(accounts, productions, schedule, "Locations Western");
    set.day(set.today(), "Bonanza Creek Ranch, saloon interior");
    page = "/productions/" + set.id() + "/locations";
  }

  @Test
  void theUpmEntersTheHospitalAndTheComplianceContactAndTheCrewReadsThem() throws Exception {
    String leo = set.who("leo.upm");
    mvc.perform(get(page).with(crew.signedIn(leo))).andExpect(status().isOk())
        .andExpect(content().string(containsString("No hospital entered for this location.")))
        .andExpect(content().string(containsString("Save the hospital")));

    mvc.perform(post(page).with(crew.signedIn(leo)).with(csrf())
            .param("location", "Bonanza Creek Ranch, saloon interior").param("hospitalName", "Presbyterian Santa Fe")
            .param("hospitalAddress", "4801 Beckner Rd, Santa Fe").param("hospitalPhone", "+1 505 555 0177")
            .param("driveMinutes", "31").param("emergencyNotes", "Level IV trauma"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
    mvc.perform(post("/productions/" + set.id() + "/safety-contacts").with(crew.signedIn(leo)).with(csrf())
            .param("kind", "COMPLIANCE_CONTACT").param("name", "Leo Park").param("phone", "+1 505 555 0111"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get(page).with(crew.signedIn(set.who("tess.grip")))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Presbyterian Santa Fe")))
        .andExpect(content().string(containsString("about 31 minutes drive")))
        .andExpect(content().string(containsString("Leo Park")))
        .andExpect(content().string(not(containsString("Save the hospital"))));
  }

  @Test
  void aBadPhoneNumberIsShownOnThePageAndAPerformerIsRefused() throws Exception {
    mvc.perform(post("/productions/" + set.id() + "/safety-contacts").with(crew.signedIn(set.who("leo.upm")))
            .with(csrf()).param("kind", "MEDIC").param("name", "Ana Ruiz").param("phone", "on the radio"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("phone must be a number that can be dialled")));
    mvc.perform(post(page).with(crew.signedIn(set.who("eli.actor"))).with(csrf())
            .param("location", "Bonanza Creek Ranch, saloon interior").param("hospitalName", "Anywhere")
            .param("hospitalAddress", "Somewhere").param("hospitalPhone", "911").param("driveMinutes", "5"))
        .andExpect(status().isForbidden());
  }

  @Test
  void theDashboardLinksTheSafetySectionAndThePreProductionCheckForThoseWhoPlan() throws Exception {
    String dashboard = "/productions/" + set.id();
    mvc.perform(get(dashboard).with(crew.signedIn(set.who("dana.ad")))).andExpect(status().isOk())
        .andExpect(content().string(containsString("s safety section")))
        .andExpect(content().string(containsString(dashboard + "/pre-production")));
    mvc.perform(get(dashboard).with(crew.signedIn(set.who("eli.actor")))).andExpect(status().isOk())
        .andExpect(content().string(containsString("/safety-sheet")))
        .andExpect(content().string(not(containsString(dashboard + "/pre-production"))));
  }
}

package org.setsafe.briefing.web;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix;
import org.setsafe.production.Scene;
import org.springframework.stereotype.Component;

/** Who fixes a missing safety meeting, and where: today's meetings. */
@Component
class BriefingRefusalFixes implements RefusalFix {

  @Override
  public Optional<String> inWords(String rule) {
    return rule.equals("briefing.safety-meeting")
        ? Optional.of("A safety meeting today before weapons are handed out") : Optional.empty();
  }

  @Override
  public Optional<Fix> fix(String rule, UUID productionId, Scene scene) {
    if (!rule.equals("briefing.safety-meeting")) {
      return Optional.empty();
    }
    return Optional.of(new Fix(scene == null ? Fix.words("refusal.fix.briefing.safety-meeting.ask")
        : Fix.words("refusal.fix.briefing.safety-meeting.ask.scene", scene.number()),
        Fix.words("refusal.fix.briefing.safety-meeting.link"), "/productions/" + productionId + "/briefing/meetings"));
  }
}

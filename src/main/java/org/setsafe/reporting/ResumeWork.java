package org.setsafe.reporting;

import java.util.UUID;
import org.setsafe.shared.Text;

/** Work resumes after a stop-work, with the safety advisor's written reason why it is safe now. */
public record ResumeWork(UUID stopWorkId, String whySafe) {

  String why() {
    return Text.required("whySafe", whySafe, CallStopWork.MAX_REASON);
  }
}

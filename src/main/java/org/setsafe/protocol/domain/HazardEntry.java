package org.setsafe.protocol.domain;

import java.util.List;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * One hazard of an assessment: what it is about, what could go wrong, its rating before controls, the controls,
 * and the residual rating with them. Controls cannot make a risk worse, so the residual rating never exceeds the
 * initial one; a hazard with no control is not assessed.
 */
public record HazardEntry(RiskCategory category, String whatCouldGoWrong, int likelihood, int severity,
    List<Control> controls, int residualLikelihood, int residualSeverity) {

  public static final int MAX_TEXT = 1000;
  public static final int MAX_CONTROLS = 20;

  public HazardEntry {
    if (category == null) {
      throw new InvalidInputException("category", "Required", "category is required: GENERAL or a scene hazard")
          .saying("input.protocol.risk.category-required");
    }
    whatCouldGoWrong = Text.required("whatCouldGoWrong", whatCouldGoWrong, MAX_TEXT);
    RiskMatrix.check("likelihood", likelihood);
    RiskMatrix.check("severity", severity);
    RiskMatrix.check("residualLikelihood", residualLikelihood);
    RiskMatrix.check("residualSeverity", residualSeverity);
    if (controls == null || controls.isEmpty() || controls.size() > MAX_CONTROLS) {
      throw new InvalidInputException("controls", "Size", "each hazard needs 1 to " + MAX_CONTROLS + " controls")
          .saying("input.protocol.risk.controls-size", MAX_CONTROLS);
    }
    controls = List.copyOf(controls);
    if (residualLikelihood * residualSeverity > likelihood * severity) {
      throw new InvalidInputException("residualSeverity", "NotAboveInitial", "the residual rating ("
          + residualLikelihood * residualSeverity + ") cannot exceed the rating before controls ("
          + likelihood * severity + "): controls do not make a hazard worse")
          .saying("input.protocol.risk.residual-above-initial", residualLikelihood * residualSeverity,
              likelihood * severity);
    }
  }

  public int rating() {
    return likelihood * severity;
  }

  public int residualRating() {
    return residualLikelihood * residualSeverity;
  }

  public RiskBand band() {
    return RiskMatrix.band(rating());
  }

  public RiskBand residualBand() {
    return RiskMatrix.band(residualRating());
  }
}

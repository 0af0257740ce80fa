package org.setsafe.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.setsafe.shared.QrCodes;
import org.setsafe.identity.SecondFactors;
import org.setsafe.identity.SecondFactors.Check;
import org.setsafe.identity.SecondFactors.Enrolment;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.AnswerNotKept;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-step sign-in on the pages: the code asked for after the password, and a person setting up (or turning off) their
 * authenticator app on their account.
 */
@Controller
class SecondFactorController {

  private final SecondFactors secondFactors;

  private final MessageSource messages;

  SecondFactorController(SecondFactors secondFactors, MessageSource messages) {
    this.messages = messages;
    this.secondFactors = secondFactors;
  }

  @GetMapping(SecondFactorGate.VERIFY_PAGE)
  String askForCode(HttpServletRequest request) {
    return SecondFactorGate.codeDue(request) ? "identity/second-factor" : "redirect:/";
  }

  @AnswerNotKept("the request holds a sign-in code")
  @PostMapping(SecondFactorGate.VERIFY_PAGE)
  String checkCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
      HttpServletResponse response, Model model) throws IOException, ServletException {
    if (!SecondFactorGate.codeDue(request)) {
      return "redirect:/";
    }
    SignedInUser me = SignedInUser.current().orElseThrow();
    Check check = secondFactors.verify(me.id(), code);
    if (check != Check.ACCEPTED && check != Check.NOT_ENROLLED) {
      SecurityAudit.signInRefused(me.getUsername(), request.getRemoteAddr(), "second factor: " + check);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("codeError", words(check, me));
      return "identity/second-factor";
    }
    SecondFactorGate.codeGiven(request);
    // A new session id for the now fully signed-in session, as at any sign-in.
    request.changeSessionId();
    SecurityAudit.signedIn(me.getUsername(), request.getRemoteAddr(), "password and second factor");
    SignInOutcomes.carryOn(me, request, response, SecurityContextHolder.getContext().getAuthentication());
    return null;
  }

  @GetMapping(SecondFactorGate.ENROL_PAGE)
  String settings(Model model) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    model.addAttribute("status", secondFactors.status(me.id(), me.installationRole()));
    secondFactors.pending(me.id(), me.getUsername()).ifPresent(enrolment -> show(enrolment, model));
    return "identity/second-factor-settings";
  }

  @PostMapping(SecondFactorGate.ENROL_PAGE + "/begin")
  String begin() {
    SignedInUser me = SignedInUser.current().orElseThrow();
    if (!secondFactors.enrolled(me.id())) {
      secondFactors.begin(me.id(), me.getUsername());
    }
    return "redirect:" + SecondFactorGate.ENROL_PAGE;
  }

  @AnswerNotKept("the answer holds recovery codes")
  @PostMapping(SecondFactorGate.ENROL_PAGE + "/confirm")
  String confirm(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    List<String> recoveryCodes;
    try {
      recoveryCodes = secondFactors.confirm(me.id(), code);
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("codeError", refused(e));
      return settings(model);
    }
    SecondFactorGate.enrolled(request);
    model.addAttribute("recoveryCodes", recoveryCodes);
    return "identity/recovery-codes";
  }

  @AnswerNotKept("the request holds a sign-in code")
  @PostMapping(SecondFactorGate.ENROL_PAGE + "/remove")
  String remove(@RequestParam(defaultValue = "") String code, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    try {
      secondFactors.remove(me.id(), me.installationRole(), code);
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("removeError", refused(e));
      return settings(model);
    }
    redirect.addFlashAttribute("notice", said("identity.second-factor-settings.turned-off"));
    return "redirect:" + SecondFactorGate.ENROL_PAGE;
  }

  private void show(Enrolment enrolment, Model model) {
    model.addAttribute("enrolment", enrolment);
    model.addAttribute("qr", QrCodes.svg(enrolment.keyUri(), said("identity.second-factor-settings.qr.svg")));
    // In groups of four, as an app's "enter a setup key" field is easiest typed from.
    model.addAttribute("secretInGroups", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
  }

  private String words(Check check, SignedInUser me) {
    return switch (check) {
      case ALREADY_USED -> said("identity.second-factor.refused.ALREADY_USED");
      case UNREADABLE -> said("identity.second-factor.refused.UNREADABLE");
      case TOO_MANY_ATTEMPTS -> said("identity.second-factor.refused.TOO_MANY_ATTEMPTS",
          secondFactors.minutesToWait(me.id()));
      default -> said("identity.second-factor.refused.WRONG");
    };
  }

  /** In the reader's language. */
  private String said(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** A refused code in the reader's language, as a sentence: the service says it as the API's detail, "that code…". */
  private static String refused(InvalidInputException e) {
    return sentence(e.forReader());
  }

  private static String sentence(String message) {
    return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
  }
}

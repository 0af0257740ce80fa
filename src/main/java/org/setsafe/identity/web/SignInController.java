package org.setsafe.identity.web;

import java.util.Set;
import org.setsafe.identity.PasswordsOff;
import org.setsafe.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

  /** The refusals a sign-in through the studio's provider comes back with; anything else reads as "did not complete". */
  private static final Set<String> SSO_REFUSALS =
      Set.of("no-email", "unverified-email", "no-account", "several-accounts", "disabled", "provider");

  private final String ssoName;
  private final PasswordsOff passwordsOff;

  SignInController(@Value("${setsafe.sso.issuer-uri}") String issuer, @Value("${setsafe.sso.name}") String name,
      PasswordsOff passwordsOff) {
    this.ssoName = issuer.isBlank() ? null : name;
    this.passwordsOff = passwordsOff;
  }

  @GetMapping("/login")
  String signIn(@RequestParam(name = "sso-refused", required = false) String ssoRefused, Model model) {
    if (SignedInUser.current().isPresent()) {
      return "redirect:/";
    }
    model.addAttribute("ssoName", ssoName);
    model.addAttribute("passwordOffDomains", passwordsOff.domains());
    if (ssoRefused != null) {
      model.addAttribute("ssoRefused", "sso.refused." + (SSO_REFUSALS.contains(ssoRefused) ? ssoRefused : "provider"));
    }
    return "login";
  }
}

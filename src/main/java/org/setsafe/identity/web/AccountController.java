package org.setsafe.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.ApiTokens;
import org.setsafe.identity.IssuedApiToken;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.SignedInUsers;
import org.setsafe.shared.AnswerNotKept;
import org.setsafe.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.setsafe.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: their password, their personal API tokens and the language of their pages. */
@Controller
class AccountController {

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final SignedInUsers signedInUsers;
  private final MessageSource messages;
  private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

  AccountController(Accounts accounts, ApiTokens tokens, SignedInUsers signedInUsers, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
    this.tokens = tokens;
    this.signedInUsers = signedInUsers;
  }

  @GetMapping("/account")
  String account(Model model) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    model.addAttribute("tokenForm", new TokenForm(""));
    accountModel(me, model);
    return "identity/account";
  }

  private void accountModel(SignedInUser me, Model model) {
    model.addAttribute("tokens", tokens.tokensOf(me.id()));
    model.addAttribute("languages", Languages.SUPPORTED);
    model.addAttribute("chosenLanguage", accounts.language(me.id()).orElse(null));
  }

  /**
   * Chooses the language of this person's pages, kept on the account so it follows them to any phone; a code
   * SetSafe does not speak is refused (400) naming the field. The notice is already in the chosen language.
   */
  @PostMapping("/account/language")
  String chooseLanguage(@RequestParam(required = false) String language, RedirectAttributes redirect) {
    accounts.chooseLanguage(SignedInUser.current().orElseThrow().id(), language);
    redirect.addFlashAttribute("notice",
        messages.getMessage("account.language.chosen", null, Languages.locale(language.strip())));
    return "redirect:/account";
  }

  @AnswerNotKept("the answer holds a new API token")
  @PostMapping("/account/tokens")
  String issueToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    if (result.hasErrors()) {
      accountModel(me, model);
      return "identity/account";
    }
    IssuedApiToken issued = tokens.issue(me.id(), form.name());
    model.addAttribute("issued", issued);
    return "identity/token-issued";
  }

  @PostMapping("/account/tokens/{tokenId}/revoke")
  String revokeToken(@PathVariable UUID tokenId, RedirectAttributes redirect) {
    tokens.revoke(SignedInUser.current().orElseThrow().id(), tokenId);
    redirect.addFlashAttribute("notice", messages.getMessage("account.tokens.revoked.notice", null,
        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    return "redirect:/account";
  }

  @GetMapping("/account/password")
  String passwordForm(Model model) {
    model.addAttribute("passwordForm", new PasswordForm("", "", ""));
    return "identity/password";
  }

  @AnswerNotKept("the request holds passwords")
  @PostMapping("/account/password")
  String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
      HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
    if (!result.hasErrors() && !form.newPassword().equals(form.repeatPassword())) {
      result.rejectValue("repeatPassword", "Matches", said("identity.password.not-same"));
    }
    if (!result.hasErrors()) {
      try {
        accounts.changePassword(SignedInUser.current().orElseThrow().id(), form.currentPassword(), form.newPassword());
        keepThisSession(request, response);
      } catch (InvalidInputException e) {
        result.rejectValue(e.field(), e.rule(), e.forReader());
      }
    }
    if (result.hasErrors()) {
      return "identity/password";
    }
    PasswordChangeGate.satisfied(request);
    redirect.addFlashAttribute("notice", said("identity.password.changed"));
    return "redirect:/";
  }

  /** A notice or refusal of these pages, in the reader's language. */
  private String said(String key) {
    return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
  }

  /**
   * The password change ended every session of the account, this one included; this one carries on under the new
   * generation, with a new session id, as at a sign-in.
   */
  private void keepThisSession(HttpServletRequest request, HttpServletResponse response) {
    SignedInUser renewed = signedInUsers.withoutPassword(
        accounts.findById(SignedInUser.current().orElseThrow().id()).orElseThrow());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
    SecurityContextHolder.setContext(context);
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    sessionContexts.saveContext(context, request, response);
  }

  record TokenForm(@NotBlank @Size(max = ApiTokens.MAX_NAME) String name) {}

  record PasswordForm(
      @NotBlank String currentPassword,
      @NotBlank @Size(max = 128) String newPassword,
      @NotBlank @Size(max = 128) String repeatPassword) {}
}

package org.setsafe.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.IssuedPassword;
import org.setsafe.identity.SecondFactors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.AnswerNotKept;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create accounts and reset forgotten passwords; SetSafe makes up the password. */
@Controller
class AdminUsersController {

  private final Accounts accounts;
  private final SecondFactors secondFactors;

  private final MessageSource messages;

  AdminUsersController(Accounts accounts, SecondFactors secondFactors, MessageSource messages) {
    this.messages = messages;
    this.accounts = accounts;
    this.secondFactors = secondFactors;
  }

  @GetMapping("/admin/users")
  String users(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("twoStep", twoStep());
    model.addAttribute("userForm", new UserForm("", "", "", null));
    model.addAttribute("roles", InstallationRole.values());
    return "identity/users";
  }

  @AnswerNotKept("the answer holds a one-time password")
  @PostMapping("/admin/users")
  String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model) {
    if (!result.hasErrors()) {
      try {
        IssuedPassword issued = accounts.createWithOneTimePassword(SignedInUser.current().orElseThrow().id(),
            form.username(), form.displayName(), form.email(), form.installationRole());
        model.addAttribute("issued", issued);
        return "identity/password-issued";
      } catch (InvalidInputException e) {
        result.rejectValue(e.field(), e.rule(), e.forReader());
      }
    }
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("twoStep", twoStep());
    model.addAttribute("roles", InstallationRole.values());
    return "identity/users";
  }

  @AnswerNotKept("the answer holds a one-time password")
  @PostMapping("/admin/users/{username}/reset-password")
  String reset(@PathVariable String username, Model model) {
    model.addAttribute("issued", accounts.resetPassword(SignedInUser.current().orElseThrow().id(), username));
    return "identity/password-issued";
  }

  /** Someone's phone is lost with its recovery codes: their two-step sign-in goes, and their sessions with it. */
  @PostMapping("/admin/users/{username}/reset-second-factor")
  String resetSecondFactor(@PathVariable String username, RedirectAttributes redirect) {
    Account account = accounts.findByUsername(username)
        .orElseThrow(() -> new NotFoundException("no account with username '" + username + "'")
            .saying("input.identity.not-found.username", username));
    secondFactors.reset(SignedInUser.current().orElseThrow().id(), account.id());
    redirect.addFlashAttribute("notice", messages.getMessage("identity.users.second-factor-reset",
        new Object[] {account.displayName()}, LocaleContextHolder.getLocale()));
    return "redirect:/admin/users";
  }

  /** The accounts with two-step sign-in on, for offering to turn it off. */
  private Set<UUID> twoStep() {
    return accounts.all().stream().map(Account::id).filter(secondFactors::enrolled).collect(Collectors.toSet());
  }

  record UserForm(
      @NotBlank @Size(max = 64) String username,
      @NotBlank @Size(max = Accounts.MAX_DISPLAY_NAME) String displayName,
      @Email @Size(max = Accounts.MAX_EMAIL) String email,
      InstallationRole installationRole) {}
}

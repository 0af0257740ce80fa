package org.setsafe.onboarding.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.identity.SsoInvitations;
import org.setsafe.onboarding.Invitations;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.onboarding.domain.InvitationStatus;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.production.RefusalFixes;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Languages;
import org.setsafe.shared.QrCodes;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The production office's invitations (make one, print its link, re-send, revoke) and the page an invitation's
 * link opens, where the person chooses a password, or accepts with the account they are signed in with.
 */
@Controller
class InvitationPages {

  private final Invitations invitations;
  private final Productions productions;
  private final ProductionAccess access;
  private final RefusalFixes refusals;
  private final String baseUrl;
  /** The studio's provider by the name its people know, or null where single sign-on is not set up. */
  private final String studioSignIn;

  private final MessageSource messages;
  private final LocaleResolver localeResolver;
  private final Accounts accounts;

  InvitationPages(Invitations invitations, Productions productions, ProductionAccess access, RefusalFixes refusals,
      MessageSource messages, LocaleResolver localeResolver, Accounts accounts,
      @Value("${setsafe.base-url:http://localhost:8080}") String baseUrl,
      @Value("${setsafe.sso.issuer-uri}") String ssoIssuer, @Value("${setsafe.sso.name}") String ssoName) {
    this.messages = messages;
    this.localeResolver = localeResolver;
    this.accounts = accounts;
    this.invitations = invitations;
    this.productions = productions;
    this.access = access;
    this.refusals = refusals;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.studioSignIn = ssoIssuer.isBlank() ? null : ssoName;
  }

  @GetMapping("/productions/{productionId}/invitations")
  String list(@PathVariable UUID productionId, Model model) {
    // The invitation speaks the inviter's language unless they choose the other.
    model.addAttribute("inviteForm", new InviteForm("", "", List.of(), "", pageLanguage()));
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/invitations")
  String invite(@PathVariable UUID productionId, @Valid @ModelAttribute("inviteForm") InviteForm form,
      BindingResult result, Model model, RedirectAttributes redirect) {
    access.require(productionId, Permission.MANAGE_MEMBERS);
    if (!result.hasErrors()) {
      try {
        Invitations.Issued issued = invitations.invite(productionId, new Invitations.Offer(form.email(),
            form.displayName(), form.roles() == null || form.roles().isEmpty() ? EnumSet.noneOf(CrewRole.class)
                : EnumSet.copyOf(form.roles()), form.department(), CrewDetail.NONE,
            Languages.supported(form.language()) ? form.language() : pageLanguage()));
        if (issued.link() != null) {
          return printable(productionId, issued, model);
        }
        redirect.addFlashAttribute("notice", said("onboarding.invitations.emailed", issued.invitation().displayName()));
        return "redirect:/productions/" + productionId + "/invitations";
      } catch (RuleRefusedException e) {
        model.addAttribute("refusal", refusals.onPage(e, null));
      } catch (InvalidInputException e) {
        String field = e.field();
        result.rejectValue(List.of("email", "displayName", "roles", "department").contains(field) ? field : "email",
            "Invalid", e.forReader());
      }
    }
    return show(productionId, model);
  }

  @PostMapping("/productions/{productionId}/invitations/{invitationId}/resend")
  String resend(@PathVariable UUID productionId, @PathVariable UUID invitationId, Model model,
      RedirectAttributes redirect) {
    try {
      Invitations.Issued issued = invitations.resend(productionId, invitationId);
      if (issued.link() != null) {
        return printable(productionId, issued, model);
      }
      redirect.addFlashAttribute("notice", said("onboarding.invitations.sent-again",
          issued.invitation().displayName()));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/invitations";
  }

  @PostMapping("/productions/{productionId}/invitations/{invitationId}/revoke")
  String revoke(@PathVariable UUID productionId, @PathVariable UUID invitationId, RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute("notice", said("onboarding.invitations.withdrawn",
          invitations.revoke(productionId, invitationId).displayName()));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:/productions/" + productionId + "/invitations";
  }

  /** The link the invitation opens, shown to the person it was sent to (and to no one else: it is the key). */
  @GetMapping("/invitations/{token}")
  String open(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    Invitations.Opened opened = invitations.open(token);
    Locale page = speak(opened, lang, request, response);
    model.addAttribute("opened", opened);
    model.addAttribute("token", token);
    model.addAttribute("me", SignedInUser.current().filter(u -> !u.isSystem()).orElse(null));
    model.addAttribute("roles", String.join(", ", opened.invitation().roles().stream()
        .map(r -> messages.getMessage("crew.role." + r.name(), null, r.label(), page)).toList()));
    model.addAttribute("otherLanguage", Languages.SUPPORTED.stream()
        .filter(l -> !l.equals(page.getLanguage())).findFirst().orElse(null));
    model.addAttribute("studioSignIn", studioSignIn);
    if (!model.containsAttribute("acceptForm")) {
      model.addAttribute("acceptForm", new AcceptForm("", "", ""));
    }
    return "onboarding/accept";
  }

  /**
   * Joining through the studio's provider: the invitation followed is kept in the session (on the server; only its
   * token, which is the permission) across the provider's round trip, where it vouches for a newcomer's account and
   * is accepted as they arrive. A link that no longer opens an invitation goes back to its page, which says why.
   */
  @GetMapping("/invitations/{token}/studio")
  String joinThroughTheStudio(@PathVariable String token, HttpSession session) {
    Invitations.Opened opened = invitations.open(token);
    if (studioSignIn == null || opened.status() != InvitationStatus.PENDING) {
      return "redirect:/invitations/" + token;
    }
    session.setAttribute(SsoInvitations.FOLLOWED, token);
    return "redirect:/oauth2/authorization/studio";
  }

  /** A new account with a chosen password; then the person signs in and lands on the production. */
  @PostMapping("/invitations/{token}")
  String acceptWithNewAccount(@PathVariable String token, @RequestParam(required = false) String lang,
      @Valid @ModelAttribute("acceptForm") AcceptForm form, BindingResult result, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    Locale page = speak(invitations.open(token), lang, request, response);
    if (!result.hasErrors() && !form.password().equals(form.repeatPassword())) {
      result.rejectValue("repeatPassword", "Matches", said("onboarding.accept.refused.repeatPassword.Matches"));
    }
    if (!result.hasErrors()) {
      try {
        // The new account reads the language its invitation's page was read in.
        UUID productionId = invitations.acceptWithNewAccount(token, form.username(), form.password(),
            page.getLanguage());
        // The production's page asks them to sign in with the new password, then opens on it.
        return "redirect:/productions/" + productionId;
      } catch (InvalidInputException e) {
        // The username or password is the person's to fix beside the field; anything else (the link used or
        // expired, the address already holding an account, passwords off for it) is said above the form, which
        // may not be shown.
        if (List.of("username", "password").contains(e.field())
            && !List.of("AccountExists", "PasswordsOff").contains(e.rule())) {
          result.rejectValue(e.field(), e.rule(), e.forReader());
        } else {
          model.addAttribute("problem", e.forReader());
        }
      }
    }
    return open(token, lang, model, request, response);
  }

  /** Signed in already: the page to accept with this account (the "sign in to accept" link comes here). */
  @GetMapping("/account/invitations/{token}")
  String openSignedIn(@PathVariable String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    return open(token, null, model, request, response);
  }

  @PostMapping("/account/invitations/{token}")
  String accept(@PathVariable String token, Model model, RedirectAttributes redirect, HttpServletRequest request,
      HttpServletResponse response) {
    SignedInUser me = SignedInUser.current().orElseThrow();
    try {
      UUID productionId = invitations.accept(token, me.id());
      // Said in the language the account now reads (an account that had none takes the invitation's).
      redirect.addFlashAttribute("notice", messages.getMessage("onboarding.accept.welcome", null,
          Languages.locale(accounts.language(me.id()).orElse(pageLanguage()))));
      return "redirect:/productions/" + productionId;
    } catch (InvalidInputException e) {
      model.addAttribute("problem", e.forReader());
      return open(token, null, model, request, response);
    }
  }

  /**
   * The language the invitation's page speaks. A person signed in who chose a language reads theirs, as on every
   * page. Anyone else reads the invitation's language, chosen by whoever invited them, who knows them; over the
   * browser's, since a phone's language is most often only how it came from the shop (a Spanish-speaking grip's
   * phone says en-US). {@code lang} is the page's own switch to the other language, which the new account then takes.
   */
  private Locale speak(Invitations.Opened opened, String lang, HttpServletRequest request,
      HttpServletResponse response) {
    boolean chosen = SignedInUser.current().filter(u -> !u.isSystem())
        .flatMap(u -> accounts.language(u.id())).isPresent();
    if (chosen) {
      return localeResolver.resolveLocale(request);
    }
    Locale page = Languages.locale(Languages.supported(lang) ? lang : opened.invitation().language());
    localeResolver.setLocale(request, response, page);
    LocaleContextHolder.setLocale(page);
    return page;
  }

  /** The language of the page being read: the inviter's, by default the language of their invitations. */
  private static String pageLanguage() {
    return Languages.nearest(LocaleContextHolder.getLocale()).getLanguage();
  }

  private String said(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private String printable(UUID productionId, Invitations.Issued issued, Model model) {
    String link = baseUrl + issued.link();
    Production production = productions.get(productionId);
    // What is handed over speaks the invitation's language; the page around it, the reader's.
    Locale handedOver = Languages.locale(issued.invitation().language());
    model.addAttribute("production", production);
    model.addAttribute("invitation", issued.invitation());
    model.addAttribute("link", link);
    model.addAttribute("qr", QrCodes.svg(link, messages.getMessage("onboarding.printable.qr", null, handedOver)));
    model.addAttribute("handedOver", new HandedOver(
        messages.getMessage("onboarding.printable.invited", null, handedOver),
        messages.getMessage("onboarding.printable.as", null, handedOver),
        String.join(", ", issued.invitation().roles().stream()
            .map(r -> messages.getMessage("crew.role." + r.name(), null, r.label(), handedOver)).toList()),
        messages.getMessage("onboarding.printable.open", null, handedOver),
        messages.getMessage("onboarding.printable.until", new Object[] {issued.invitation().expiresAt()
            .atZone(production.timeZone()).toLocalDate().toString()}, handedOver)));
    return "onboarding/printable";
  }

  /** The words of a printed invitation, in its language. */
  record HandedOver(String invited, String as, String roles, String open, String until) {}

  private String show(UUID productionId, Model model) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("invitations", invitations.ofProduction(productionId));
    model.addAttribute("now", invitations.now());
    model.addAttribute("roles", CrewRole.values());
    model.addAttribute("languages", Languages.SUPPORTED);
    return "onboarding/invitations";
  }

  record InviteForm(@Size(max = 254) String email, @NotBlank @Size(max = 120) String displayName,
      @NotEmpty List<CrewRole> roles, @Size(max = 60) String department, @Size(max = 8) String language) {}

  record AcceptForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
      @NotBlank @Size(max = 128) String repeatPassword) {}
}

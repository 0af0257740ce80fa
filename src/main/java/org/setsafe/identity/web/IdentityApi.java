package org.setsafe.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.ApiTokenView;
import org.setsafe.identity.ApiTokens;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.IssuedPassword;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.AnswerNotKept;
import org.setsafe.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class IdentityApi {

  private final Accounts accounts;
  private final ApiTokens tokens;

  IdentityApi(Accounts accounts, ApiTokens tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  @GetMapping("/api/me")
  @Operation(summary = "The account the token belongs to")
  Account me() {
    return accounts.findById(SignedInUser.current().orElseThrow().id()).orElseThrow();
  }

  @GetMapping("/api/me/tokens")
  @Operation(summary = "Your personal API tokens (never the token itself)")
  List<ApiTokenView> myTokens() {
    return tokens.tokensOf(SignedInUser.current().orElseThrow().id());
  }

  @DeleteMapping("/api/me/tokens/{tokenId}")
  @Operation(summary = "Revoke one of your tokens; calls with it are refused from now on")
  ResponseEntity<Void> revoke(@PathVariable UUID tokenId) {
    tokens.revoke(SignedInUser.current().orElseThrow().id(), tokenId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/admin/users")
  @Operation(summary = "All accounts (administrators only)")
  List<Account> users() {
    return accounts.all();
  }

  @AnswerNotKept("the answer holds a one-time password")
  @PostMapping("/api/admin/users")
  @Operation(summary = "Create an account with a one-time password (administrators only)")
  ResponseEntity<IssuedPassword> create(@Valid @RequestBody NewAccount body) {
    IssuedPassword issued = accounts.createWithOneTimePassword(SignedInUser.current().orElseThrow().id(),
        body.username(), body.displayName(), body.email(), body.installationRole());
    return ResponseEntity.created(URI.create("/api/admin/users/" + issued.account().id())).body(issued);
  }

  @AnswerNotKept("the answer holds a one-time password")
  @PostMapping("/api/admin/users/{userId}/password-reset")
  @Operation(summary = "Replace a password with a one-time password (administrators only)")
  IssuedPassword reset(@PathVariable UUID userId) {
    Account account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("no account " + userId)
        .saying("input.identity.not-found.account", userId));
    return accounts.resetPassword(SignedInUser.current().orElseThrow().id(), account.username());
  }

  record NewAccount(
      @NotBlank @Size(max = 64) String username,
      @NotBlank @Size(max = Accounts.MAX_DISPLAY_NAME) String displayName,
      @Email @Size(max = Accounts.MAX_EMAIL) String email,
      InstallationRole installationRole) {}
}

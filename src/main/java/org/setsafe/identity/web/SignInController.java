package org.setsafe.identity.web;

import org.setsafe.identity.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

  @GetMapping("/login")
  String signIn() {
    return SignedInUser.current().isPresent() ? "redirect:/" : "login";
  }
}

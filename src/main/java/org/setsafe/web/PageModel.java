package org.setsafe.web;

import org.setsafe.identity.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs, and the binding rule every form shares. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

  @ModelAttribute("me")
  SignedInUser me() {
    return SignedInUser.current().orElse(null);
  }

  /** Ids come from the address, never from a form, so a tampered form cannot retarget a write. */
  @InitBinder
  void neverBindIds(WebDataBinder binder) {
    binder.setDisallowedFields("id", "*Id", "*.id");
  }
}

package org.setsafe.identity.web;

import org.setsafe.identity.domain.SignInThrottle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the sign-in throttle's memory bounded by forgetting counts that no longer matter. */
@Component
class SignInThrottleHousekeeping {

  private final SignInThrottle throttle;

  SignInThrottleHousekeeping(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
  void forgetExpired() {
    throttle.forgetExpired();
  }
}

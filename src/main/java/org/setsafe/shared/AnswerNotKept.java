package org.setsafe.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST whose request or answer holds a secret (a password, a one-time password, a new API token): neither
 * is stored, not even as a fingerprint, so the answer cannot be replayed for an {@code Idempotency-Key}; a key sent
 * here is refused rather than silently ignored, so that no client believes a retry there is safe.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnswerNotKept {
  /** Why the answer is not kept, for the refusal and the API description. */
  String value();
}

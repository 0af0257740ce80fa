package org.setsafe.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the routes an anonymous reporter uses. Whatever travels with such a request (a session of someone signed
 * in on the same phone included), nothing that could name the caller is kept with it: an {@code Idempotency-Key}
 * sent here is scoped to no person and stored only in a form that cannot be read back without the key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousCallers {}

package org.setsafe.identity;

/** An account with a password SetSafe made up; to be shown once and changed at first sign-in. */
public record IssuedPassword(Account account, String oneTimePassword) {}

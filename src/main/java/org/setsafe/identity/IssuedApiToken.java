package org.setsafe.identity;

import java.util.UUID;

/** A freshly issued token. {@link #token()} is shown to its owner once and never again. */
public record IssuedApiToken(UUID id, String name, String token) {}

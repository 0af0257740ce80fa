package org.setsafe.production;

import java.util.UUID;

/**
 * A refusal as a page shows it: the rule in plain words, the reason, that it is on record, and the scene it was about
 * when the step named one (so the page can link to that scene's plan). The rule's code stays for the API and the
 * ledger; pages show {@link RefusalFixes who can fix it and where} instead ({@code templates/refusal.html}).
 */
public record RefusalOnPage(String ruleInWords, String rule, String reason, String refusalId, UUID sceneId) {}

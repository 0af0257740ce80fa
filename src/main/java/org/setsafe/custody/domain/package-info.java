/**
 * The custody rules and the facts they record. Published as a named interface so that modules that react to
 * custody facts (reporting opens a report on a misfire or a live round) can listen to
 * {@link org.setsafe.custody.domain.CustodyEvents} without reaching into the rest of custody.
 */
@NamedInterface("domain")
package org.setsafe.custody.domain;

import org.springframework.modulith.NamedInterface;

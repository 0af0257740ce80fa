/**
 * The protocol rules: the risk matrix, the hierarchy of controls, who signs an assessment and when its approval
 * lapses. Published as a named interface because the service's commands take its value types (a hazard entry
 * with its controls, a sign-off duty), which the demo data and the tests build.
 */
@NamedInterface("domain")
package org.setsafe.protocol.domain;

import org.springframework.modulith.NamedInterface;

/**
 * What every page and API route shares: the page layout, error pages, RFC 9457 problem details for
 * the API, and the OpenAPI description. Holds no domain rules.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {"shared", "identity"})
package org.setsafe.web;

import org.springframework.modulith.ApplicationModule;

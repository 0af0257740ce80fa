package org.setsafe.production.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import org.setsafe.production.ProductionAccess;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the place where a request keeps what it read of productions and their crews, so that
 * {@link ProductionAccess} resolves who is asking once per request, however many modules ask.
 */
@Component
class OnSetPerRequest extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(ProductionAccess.READ_THIS_REQUEST, new HashMap<>());
    try {
      chain.doFilter(request, response);
    } finally {
      request.removeAttribute(ProductionAccess.READ_THIS_REQUEST);
    }
  }
}

package org.setsafe.ledger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Paging and proof parameters out of range on every ledger route are the caller's mistake: a 400 problem that names
 * the parameter and the rule, never a 500.
 */
@SetSafeTest
class LedgerApiParametersTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;

  @ParameterizedTest(name = "{0}?{1}={2}")
  @CsvSource({
      "entries, limit, 500, Max",
      "entries, limit, 0, Min",
      "entries, limit, -3, Min",
      "entries, before, -1, Min",
      "entries, limit, many, Type",
      "entries/-1, , , Min",
      "entries/-1/proof, , , Min",
      "entries/0/proof, treeSize, 0, Min",
      "entries/0/proof, treeSize, -5, Min",
      "consistency, from, 0, Min",
      "consistency, to, 0, Min",
      "consistency, from, -2, Min",
  })
  void anOutOfRangeParameterIsA400NamingIt(String route, String parameter, String value, String rule) throws Exception {
    UUID western = crew.production(Crew.WESTERN).id();
    var request = get("/api/productions/{p}/ledger/" + route, western).header("Authorization", crew.bearer("dana.ad"));
    if (parameter != null) {
      request.param(parameter, value);
    }
    String field = parameter != null ? parameter : "index";
    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:setsafe:problem:invalid-input"))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].rule").value(rule));
  }
}

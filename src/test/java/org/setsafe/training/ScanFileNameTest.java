package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A certificate scan's file name comes from the uploader's machine: line breaks or control characters in it must
 * neither break the download for everyone who may see the scan nor reach a response header.
 */
@SetSafeTest
class ScanFileNameTest {

  private static final String PDF = Base64.getEncoder().encodeToString(
      "%PDF-1.4\n% a firearms safety certificate\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

  @Autowired MockMvc mvc;
  @Autowired Crew crew;

  @Test
  void aFileNameWithLineBreaksIsStoredWithoutThemAndTheScanStillDownloads() throws Exception {
    String url = "/api/people/" + crew.id("tess.grip") + "/qualifications";
    String evil = "permit\\r\\nSet-Cookie: stolen=1\\r\\n.pdf";
    MvcResult recorded = mvc.perform(post(url).header("Authorization", crew.bearer("tess.grip"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"type":"FIREARMS_SAFETY","issuer":"Hollywood Armory Training","number":"HAT-%s",
                 "issuedOn":"2026-03-01","scan":"%s","scanFileName":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), PDF, evil)))
        .andExpect(status().isCreated()).andReturn();
    String id = JsonPath.read(recorded.getResponse().getContentAsString(), "$.id");
    String storedName = JsonPath.read(recorded.getResponse().getContentAsString(), "$.scan.fileName");
    assertThat(storedName).doesNotContain("\r").doesNotContain("\n").startsWith("permit").endsWith(".pdf");

    MvcResult download = mvc.perform(get(url + "/" + id + "/versions/1/scan")
            .header("Authorization", crew.bearer("tess.grip")))
        .andExpect(status().isOk()).andReturn();
    String disposition = download.getResponse().getHeader("Content-Disposition");
    assertThat(disposition).startsWith("inline; filename=").doesNotContain("\r").doesNotContain("\n");
    assertThat(download.getResponse().getHeader("Set-Cookie")).isNull();
  }
}

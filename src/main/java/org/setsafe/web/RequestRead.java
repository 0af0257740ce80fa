package org.setsafe.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A request read once to tell whether a retry is the same request: its method, address and body (a JSON body
 * byte for byte; a form by its fields, without the CSRF token; a multipart upload by its fields and files). The
 * request handed on reads the same body again.
 */
record RequestRead(HttpServletRequest request, byte[] digest) {

  /** Fields that ride along with a form without being part of what it asks. */
  private static final java.util.Set<String> NOT_ASKED = java.util.Set.of("_csrf", IdempotencyKeys.FORM_FIELD);

  static RequestRead of(HttpServletRequest request) throws IOException {
    MessageDigest digest = sha256();
    add(digest, request.getMethod());
    add(digest, request.getRequestURI());
    add(digest, String.valueOf(request.getQueryString()));
    String contentType = String.valueOf(request.getContentType()).toLowerCase();
    if (contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
      addFields(digest, request);
      addFiles(digest, request);
      return new RequestRead(request, digest.digest());
    }
    if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
      addFields(digest, request);
      return new RequestRead(request, digest.digest());
    }
    byte[] body = request.getInputStream().readAllBytes();
    digest.update(body);
    return new RequestRead(new ReadAgain(request, body), digest.digest());
  }

  private static void addFields(MessageDigest digest, HttpServletRequest request) {
    new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
      if (!NOT_ASKED.contains(name)) {
        add(digest, name);
        for (String value : values) {
          add(digest, value);
        }
      }
    });
  }

  private static void addFiles(MessageDigest digest, HttpServletRequest request) throws IOException {
    if (request instanceof MultipartHttpServletRequest multipart) {
      for (Map.Entry<String, java.util.List<MultipartFile>> files : new TreeMap<>(multipart.getMultiFileMap())
          .entrySet()) {
        for (MultipartFile file : files.getValue()) {
          add(digest, files.getKey() + "\u0000" + file.getOriginalFilename());
          digest.update(file.getBytes());
        }
      }
      return;
    }
    try {
      for (Part part : request.getParts()) {
        if (part.getSubmittedFileName() != null) {
          add(digest, part.getName() + "\u0000" + part.getSubmittedFileName());
          try (InputStream in = part.getInputStream()) {
            digest.update(in.readAllBytes());
          }
        }
      }
    } catch (ServletException notMultipart) {
      // Not a multipart request after all: its fields were read above.
    }
  }

  private static void add(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body already read, served again to whoever reads it next. */
  private static final class ReadAgain extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override public boolean isFinished() { return in.available() == 0; }

        @Override public boolean isReady() { return true; }

        @Override public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body was read already");
        }

        @Override public int read() { return in.read(); }

        @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
      };
    }

    @Override
    public BufferedReader getReader() {
      Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
          : Charset.forName(getCharacterEncoding());
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}

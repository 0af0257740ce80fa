package org.setsafe.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * An answer held back until its transaction has committed, so that no client hears of a step that was then rolled
 * back. Status and headers go to the real response as they are set; the body and a redirect wait. An error sent
 * with {@code sendError} goes straight through: errors are not kept.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean passedThrough;

  BufferedResponse(HttpServletResponse response) {
    super(response);
  }

  /** Whether an error went straight to the client, leaving nothing to keep or send. */
  boolean passedThrough() {
    return passedThrough;
  }

  /** The body as text, in the response's own encoding. */
  String text() {
    flushWriter();
    return body.toString(charset());
  }

  /** Sends the held-back body. */
  void send() throws IOException {
    flushWriter();
    if (!passedThrough) {
      body.writeTo(getResponse().getOutputStream());
      getResponse().flushBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override public boolean isReady() { return true; }

        @Override public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("the answer is held until its transaction commits");
        }

        @Override public void write(int b) { body.write(b); }

        @Override public void write(byte[] b, int off, int len) { body.write(b, off, len); }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    flushWriter();
  }

  @Override
  public boolean isCommitted() {
    return passedThrough && super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    flushWriter();
    body.reset();
  }

  @Override
  public void reset() {
    super.reset();
    resetBuffer();
  }

  @Override
  public void setContentLength(int length) {
    // The length is the held-back body's, known when it is sent.
  }

  @Override
  public void setContentLengthLong(long length) {
    // As above.
  }

  @Override
  public void sendRedirect(String location) {
    sendRedirect(location, HttpServletResponse.SC_FOUND, true);
  }

  @Override
  public void sendRedirect(String location, int status) {
    sendRedirect(location, status, true);
  }

  @Override
  public void sendRedirect(String location, boolean clearBuffer) {
    sendRedirect(location, HttpServletResponse.SC_FOUND, clearBuffer);
  }

  @Override
  public void sendRedirect(String location, int status, boolean clearBuffer) {
    if (clearBuffer) {
      resetBuffer();
    }
    setStatus(status);
    setHeader("Location", location);
  }

  @Override
  public void sendError(int status) throws IOException {
    passedThrough = true;
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    passedThrough = true;
    super.sendError(status, message);
  }

  private void flushWriter() {
    if (writer != null) {
      writer.flush();
    }
  }

  private Charset charset() {
    String encoding = getCharacterEncoding();
    return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
  }
}

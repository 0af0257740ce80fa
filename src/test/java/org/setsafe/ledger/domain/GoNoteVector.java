package org.setsafe.ledger.domain;

/**
 * The example key and note from the Go note package (golang.org/x/mod/sumdb/note), which every
 * signed-note implementation reproduces; matching it byte for byte is what makes our checkpoints
 * readable by other tools.
 */
final class GoNoteVector {

  static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  static final String SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  static final String TEXT = "If you think cryptography is the answer to your problem,\n"
      + "then you don't know what your problem is.\n";
  static final String SIGNATURE_LINE = "\u2014 PeterNeumann "
      + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
  static final String NOTE = TEXT + "\n" + SIGNATURE_LINE;

  private GoNoteVector() {}
}

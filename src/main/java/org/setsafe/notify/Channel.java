package org.setsafe.notify;

/** The ways a notice leaves SetSafe; the inbox is not one of them (it cannot fail). */
public enum Channel {
  EMAIL, WEBHOOK
}

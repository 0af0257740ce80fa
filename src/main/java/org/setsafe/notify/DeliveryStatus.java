package org.setsafe.notify;

/** Where an email or webhook post stands: still being tried, delivered, or given up after every retry. */
public enum DeliveryStatus {
  PENDING, SENT, FAILED
}

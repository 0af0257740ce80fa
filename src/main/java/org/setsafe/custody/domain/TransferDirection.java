package org.setsafe.custody.domain;

/** Whether rounds came into a lot from elsewhere or left it for another production or armorer's kit. */
public enum TransferDirection {
  IN,
  OUT
}

package org.setsafe.custody.domain;

/**
 * What kind of weapon is on the register. Replicas and rubber props are tracked exactly like firearms,
 * because on set they look the same from ten feet away; only a firearm can ever be loaded.
 */
public enum WeaponKind {
  FIREARM(true),
  NON_FIRING_REPLICA(false),
  RUBBER_PROP(false);

  private final boolean loadable;

  WeaponKind(boolean loadable) {
    this.loadable = loadable;
  }

  public boolean loadable() {
    return loadable;
  }
}

package org.setsafe.custody.domain;

/** The firearm "type" column of the acquisition and disposition record (27 CFR 478.125). */
public enum FirearmType {
  REVOLVER,
  PISTOL,
  RIFLE,
  SHOTGUN,
  OTHER
}

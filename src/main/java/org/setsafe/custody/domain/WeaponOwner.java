package org.setsafe.custody.domain;

/**
 * Who owns the weapon: usually a rental house, with the licence number that goes into the acquisition
 * and disposition record (27 CFR 478.125: source or recipient by name and licence number or address).
 * The licence number may be absent for a prop house renting replicas.
 */
public record WeaponOwner(String name, String licenceNumber) {

  public WeaponOwner {
    name = Checks.text("owner.name", name);
    licenceNumber = Checks.optionalText("owner.licenceNumber", licenceNumber);
  }

  public static WeaponOwner rentalHouse(String name, String licenceNumber) {
    return new WeaponOwner(name, licenceNumber);
  }
}

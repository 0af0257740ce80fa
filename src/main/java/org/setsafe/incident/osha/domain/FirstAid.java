package org.setsafe.incident.osha.domain;

/**
 * The first aid of 29 CFR 1904.7(b)(5)(ii), the whole list: a treatment on it is not medical treatment, however often
 * it is given, and a case treated with these alone is not recordable on that ground. Anything not on the list (a
 * prescription, sutures, a rigid splint, physical therapy) is medical treatment beyond first aid.
 */
public enum FirstAid {
  NON_PRESCRIPTION_MEDICATION("(A) Non-prescription medication at non-prescription strength"),
  TETANUS_IMMUNIZATION("(B) Tetanus immunization"),
  CLEANING_WOUNDS("(C) Cleaning, flushing or soaking wounds on the surface of the skin"),
  WOUND_COVERINGS("(D) Wound coverings: bandages, gauze pads, butterfly bandages, Steri-Strips"),
  HOT_OR_COLD_THERAPY("(E) Hot or cold therapy"),
  NON_RIGID_SUPPORT("(F) Non-rigid support: elastic bandages, wraps, non-rigid back belts"),
  TEMPORARY_IMMOBILIZATION_FOR_TRANSPORT("(G) Temporary immobilization while transporting: splints, slings, collars"),
  DRILLING_NAIL_OR_DRAINING_BLISTER("(H) Drilling a nail to relieve pressure, draining fluid from a blister"),
  EYE_PATCH("(I) Eye patch"),
  EYE_IRRIGATION_OR_SWAB("(J) Removing foreign bodies from the eye by irrigation or a cotton swab only"),
  SPLINTER_REMOVAL("(K) Removing splinters or foreign material (not from the eye) by simple means"),
  FINGER_GUARD("(L) Finger guard"),
  MASSAGE("(M) Massage"),
  FLUIDS_FOR_HEAT_STRESS("(N) Drinking fluids for relief of heat stress");

  private final String label;

  FirstAid(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

/**
 * Training: the qualifications each person holds (armorer permit, firearms safety training, production
 * safety training and types an administrator adds), with a scanned copy of each certificate; whether a
 * person's qualification is current on a day ({@link org.setsafe.training.Qualifications#current}), for the
 * custody gates; which crew lack one a production needs; and reminders before a certificate expires.
 */
@ApplicationModule(displayName = "Training", allowedDependencies = {"shared", "identity", "production"})
package org.setsafe.training;

import org.springframework.modulith.ApplicationModule;

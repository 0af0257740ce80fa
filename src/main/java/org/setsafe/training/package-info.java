/**
 * Training: the qualifications each person holds (armorer permit, firearms safety training, production
 * safety training and types an administrator adds), with a scanned copy of each certificate; whether a
 * person's qualification is current on a day, asked by the custody gates and the pre-production check through the
 * unchecked {@link org.setsafe.training.QualificationChecks} after their own check at the door; which crew lack one
 * a production needs; and reminders before a certificate expires. Each step is its own use case taking a typed
 * command ({@link org.setsafe.training.CertificationCommands}, {@link org.setsafe.training.BriefingCommands}); pages
 * and the API read {@link org.setsafe.training.QualificationViews} from the read models.
 */
@ApplicationModule(displayName = "Training", allowedDependencies = {"shared", "identity", "production", "studio",
    "notify"})
package org.setsafe.training;

import org.springframework.modulith.ApplicationModule;

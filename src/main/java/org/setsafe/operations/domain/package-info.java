/** The rules of the event watch: what a pending publication is, when it is stuck, when it is tried again. */
package org.setsafe.operations.domain;

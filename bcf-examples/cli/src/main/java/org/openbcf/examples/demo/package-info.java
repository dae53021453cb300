/**
 * {@code bcf demo}: Norfolk's Better Care Fund report, section by section, from the data embedded in
 * the jar under {@code /norfolk-data/} (seeds 000 to 004, spec files norfolk-2016-* and
 * norfolk-2023-25-*), and its PNG charts. Every figure shown is a library method's result.
 */
package org.openbcf.examples.demo;

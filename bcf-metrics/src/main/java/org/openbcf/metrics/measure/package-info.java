/**
 * The population-rate measures of the current BCF years with their intervals, the definition passed
 * in: long-term admissions to residential and nursing care 65+ per 100,000 (ASCOF 2C, published) and
 * unplanned admissions 65+ per 100,000 (2025-26; its definition is not published in openbcf, so the
 * caller supplies it and the result says so). The year rule sets supply definitions; this package
 * computes. Sources: {@code bcf-2024-27.md} §1.5; {@code statistics.md} ("Rate").
 */
package org.openbcf.metrics.measure;

/**
 * The High Impact Change Model for managing transfers of care: its eight changes and a
 * self-assessment rating each (green or amber, as the 2017-19 plan rated them).
 *
 * <p>Source: norfolk-2017-2019-progress §3.3 and GV-05 (seed 002 lines 128–139).
 */
package org.openbcf.core.hicm;

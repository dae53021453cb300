/**
 * The BCF metric catalogue: each era's national metrics (definition, unit, population,
 * direction, standardisation, source) and, for every year 2015/16 to 2026/27, the year's metrics with a
 * caller-supplies marker where the sources give no definition.
 *
 * <p>Sources: norfolk-2016-quarterly-return-and-plan, norfolk-2017-2019-progress §1.3,
 * norfolk-2023-25-plan-and-year-end M-SET, bcf-2024-27 §1.3 and §1.5.
 */
package org.openbcf.metrics.catalogue;

package org.openbcf.examples.check;

import java.util.List;

/**
 * One calculation a spreadsheet can be checked against: what it reads from the workbook, what it
 * computes, and how it computes it by calling the openbcf library (never by re-implementing a rule).
 */
interface SheetCalculation {

    /**
     * The name the mapping file gives after {@code calculation =}, e.g. {@code p4p}.
     *
     * @return the name, never null
     */
    String name();

    /**
     * The values the mapping file itself supplies, e.g. {@code year}.
     *
     * @return the parameters, never null
     */
    List<Field> parameters();

    /**
     * The inputs the calculation reads; every one must be mapped unless its kind allows blanks
     * and it is declared optional by {@link #optionalInputs()}.
     *
     * @return the inputs, never null
     */
    List<Field> inputs();

    /**
     * Names of inputs a mapping may leave out.
     *
     * @return the names, never null
     */
    default List<String> optionalInputs() {
        return List.of();
    }

    /**
     * The outputs the calculation computes; a mapping names the ones its workbook holds (at least one).
     *
     * @return the outputs, never null
     */
    List<Field> outputs();

    /**
     * Computes the reference value of every output from the workbook's inputs, with the findings the
     * library's rules report on them.
     *
     * @param inputs the inputs read from the workbook, not null
     * @return every output's values by name, one per cell, and the findings, never null
     * @throws IllegalArgumentException when the library rejects the inputs
     */
    Computed compute(CheckInputs inputs);
}

/**
 * openbcf core: GBP money, financial years and quarters, partners and funding streams, pooled funds,
 * spending plans, quarterly income and expenditure ledgers, and the findings model that every check
 * in the library reports with.
 */
module org.openbcf.core {
    requires transitive java.money;
    // Only annotations (constraints for a host's Bean Validation) come from jakarta.validation: not
    // transitive, so a consumer needs the API neither to compile nor to run (bcf-core/pom.xml).
    requires static jakarta.validation;

    exports org.openbcf.core.money;
    exports org.openbcf.core.number;
    exports org.openbcf.core.time;
    exports org.openbcf.core.finding;
    exports org.openbcf.core.fund;
    exports org.openbcf.core.ledger;
    exports org.openbcf.core.p4p;
    exports org.openbcf.core.risk;
    exports org.openbcf.core.scheme;
    exports org.openbcf.core.condition;
    exports org.openbcf.core.compliance;
    exports org.openbcf.core.discharge;
    exports org.openbcf.core.year;
    exports org.openbcf.core.expenditure;
    exports org.openbcf.core.hicm;
    exports org.openbcf.core.internal to org.openbcf.metrics, org.openbcf.review, org.openbcf.examples.io,
            org.openbcf.examples.check, org.openbcf.examples.cli;
}

/**
 * openbcf metrics: the BCF metric catalogue, targets and their assessment, working-day profiles,
 * and rates and proportions with the confidence intervals public-health analysts publish.
 */
module org.openbcf.metrics {
    requires transitive org.openbcf.core;
    requires org.apache.commons.statistics.distribution;

    exports org.openbcf.metrics.stats;
    exports org.openbcf.metrics.catalogue;
    exports org.openbcf.metrics.target;
    exports org.openbcf.metrics.profile;
    exports org.openbcf.metrics.cohort;
    exports org.openbcf.metrics.compare;
    exports org.openbcf.metrics.funnel;
    exports org.openbcf.metrics.discharge;
    exports org.openbcf.metrics.measure;
    exports org.openbcf.metrics.dtoc;
}

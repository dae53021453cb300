package org.openbcf.core.scheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.risk.RiskRegister;
import org.openbcf.core.risk.ScoredRisk;

/**
 * Links schemes to a risk register: each scheme's risk references (e.g. {@code NN2-R3}) are looked
 * up by {@link org.openbcf.core.risk.Risk#id()}, so a scheme's risks carry their scores and bands.
 *
 * <p>Rules, reported as findings:
 * <ul>
 *   <li>{@code R-SCH-4} (warning): a scheme names a risk the register does not hold;</li>
 *   <li>{@code R-SCH-5} (warning): a risk's own scheme reference (normalised with
 *       {@link SchemeRef#parse(CharSequence)}) is not the scheme that lists it, or cannot be read;</li>
 *   <li>{@code R-SCH-6} (info): a risk in the register that no scheme lists.</li>
 * </ul>
 * Norfolk's 2016 schemes and their 23 risks link with no findings. This class is stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class SchemeRisks {

    /** A scheme names a risk that is not in the register. */
    public static final Rule RULE_UNKNOWN_RISK = Rule.R_SCH_4;
    /** A risk's scheme reference disagrees with the scheme that lists it. */
    public static final Rule RULE_OTHER_SCHEME = Rule.R_SCH_5;
    /** A risk in the register that no scheme lists. */
    public static final Rule RULE_UNLISTED_RISK = Rule.R_SCH_6;

    private SchemeRisks() {
    }

    /**
     * The scored risks a scheme lists, in the scheme's order; references the register does not hold
     * are left out (see {@link #check(SchemeRegister, RiskRegister)}).
     *
     * @param scheme   the scheme, not null
     * @param register the risk register, not null
     * @return the scheme's scored risks, never null
     */
    public static List<ScoredRisk> risksOf(Scheme scheme, RiskRegister register) {
        Checks.notNull(scheme, "scheme");
        Map<String, ScoredRisk> byId = byId(Checks.notNull(register, "register"));
        List<ScoredRisk> found = new ArrayList<>();
        for (String id : scheme.risks()) {
            Optional.ofNullable(byId.get(id)).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /**
     * Checks that every scheme's risk references resolve to risks of the same scheme, and that every
     * risk belongs to a scheme.
     *
     * @param schemes  the schemes, not null
     * @param register the risk register, not null
     * @return the findings, scheme by scheme, then unlisted risks; never null
     */
    public static Findings check(SchemeRegister schemes, RiskRegister register) {
        Checks.notNull(schemes, "schemes");
        Map<String, ScoredRisk> byId = byId(Checks.notNull(register, "register"));
        List<Finding> found = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Scheme scheme : schemes.schemes()) {
            for (String id : scheme.risks()) {
                listed.add(id);
                ScoredRisk risk = byId.get(id);
                String where = "schemes." + scheme.ref() + ".risks." + id;
                if (risk == null) {
                    found.add(Finding.of(RULE_UNKNOWN_RISK, Severity.WARNING, where,
                            "scheme " + scheme.ref() + " names risk " + id + ", which is not in the risk register"));
                    continue;
                }
                Optional<String> own = risk.risk().schemeRef();
                if (own.isPresent() && !sameScheme(own.get(), scheme.ref())) {
                    found.add(Finding.of(RULE_OTHER_SCHEME, Severity.WARNING, where,
                            "risk " + id + " belongs to scheme '" + own.get() + "' in the register but is listed by scheme "
                                    + scheme.ref()));
                }
            }
        }
        for (ScoredRisk risk : register.scored()) {
            if (!listed.contains(risk.risk().id())) {
                found.add(Finding.of(RULE_UNLISTED_RISK, Severity.INFO, "risks." + risk.risk().id(),
                        "risk " + risk.risk().id() + " is not listed by any scheme"));
            }
        }
        return Findings.of(found);
    }

    private static boolean sameScheme(String printed, SchemeRef ref) {
        try {
            return SchemeRef.parse(printed).equals(ref);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static Map<String, ScoredRisk> byId(RiskRegister register) {
        Map<String, ScoredRisk> byId = new HashMap<>();
        register.scored().forEach(r -> byId.put(r.risk().id(), r));
        return byId;
    }
}

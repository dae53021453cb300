package org.openbcf.core.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.money.MonetaryAmount;

import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * Spend added up by a key (area, funding source, spending category), with the spend that has no key
 * kept apart so that nothing is lost: {@code total() = Σ byKey + unassigned}. Example: Norfolk
 * 2016/17 schemes by area, NCH £12,478,000.00 and SN £14,300,000.00.
 *
 * <p>This class is immutable and thread-safe; the map keeps the order keys first appear.
 *
 * @param byKey      the total per key, not null, no null keys or values
 * @param unassigned the spend with no key, GBP, not null
 * @param <K>        the key's type
 * @since 0.1.0
 */
public record RollUp<K>(Map<K, MonetaryAmount> byKey, MonetaryAmount unassigned) {

    /**
     * Checks and copies the components.
     *
     * @param byKey      the total per key
     * @param unassigned the spend with no key
     */
    public RollUp {
        Checks.notNull(byKey, "byKey");
        Gbp.require(unassigned, "unassigned");
        Map<K, MonetaryAmount> copy = new LinkedHashMap<>();
        byKey.forEach((k, v) -> copy.put(Checks.notNull(k, "key"), Gbp.require(v, "total for " + k)));
        byKey = Collections.unmodifiableMap(copy);
    }

    /**
     * Adds up items by key: {@code of(schemes, s -> Optional.of(s.area()), Scheme::investmentTotal)}.
     *
     * @param items  the items, not null, no nulls
     * @param key    the item's key, or empty when it has none; not null
     * @param amount the item's amount, GBP; not null
     * @param <T>    the item's type
     * @param <K>    the key's type
     * @return the roll-up, never null
     */
    public static <T, K> RollUp<K> of(Iterable<? extends T> items, Function<? super T, Optional<K>> key,
                                      Function<? super T, MonetaryAmount> amount) {
        Checks.notNull(items, "items");
        Checks.notNull(key, "key");
        Checks.notNull(amount, "amount");
        Map<K, BigDecimal> sums = new LinkedHashMap<>();
        BigDecimal none = BigDecimal.ZERO;
        for (T item : items) {
            BigDecimal pounds = Gbp.pounds(amount.apply(Checks.notNull(item, "item")));
            Optional<K> k = key.apply(item);
            if (k.isPresent()) {
                sums.merge(k.get(), pounds, BigDecimal::add);
            } else {
                none = none.add(pounds);
            }
        }
        Map<K, MonetaryAmount> totals = new LinkedHashMap<>();
        sums.forEach((k, v) -> totals.put(k, Gbp.of(v)));
        return new RollUp<>(totals, Gbp.of(none));
    }

    /**
     * The total for one key, £0 when the key has no spend.
     *
     * @param k the key, not null
     * @return the total, never null
     */
    public MonetaryAmount totalFor(K k) {
        return byKey.getOrDefault(Checks.notNull(k, "key"), Gbp.zero());
    }

    /**
     * Everything: the keyed totals plus the unassigned spend.
     *
     * @return the total, never null
     */
    public MonetaryAmount total() {
        return Gbp.plus(Gbp.sum(byKey.values()), unassigned);
    }
}

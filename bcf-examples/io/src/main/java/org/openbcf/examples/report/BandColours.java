package org.openbcf.examples.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The colours of the risk bands, one palette for every picture of a risk register: the HTML report's
 * heat map (its stylesheet's {@code band-*} classes) and the demo's heat map chart. A light tint per band,
 * so the count printed in a cell stays readable; a band is always named beside its colour.
 *
 * @since 0.1.0
 */
public final class BandColours {

    /** Each band's colour, {@code #rrggbb}, by the band's name in lower case, from low to extreme. */
    private static final Map<String, String> HEX = new LinkedHashMap<>();

    static {
        HEX.put("low", "#c8e6c9");
        HEX.put("moderate", "#fff59d");
        HEX.put("high", "#ffcc80");
        HEX.put("extreme", "#ef9a9a");
    }

    private BandColours() {
    }

    /**
     * A band's colour by its name (Low, Moderate, High, Extreme, ignoring case).
     *
     * @param band the band's name, not null
     * @return the colour as {@code #rrggbb}, or empty text for another name
     */
    public static String hex(String band) {
        return HEX.getOrDefault(band.toLowerCase(Locale.ROOT), "");
    }

    /** The stylesheet rules {@code .band-low { background: #c8e6c9; }}, one line a band. */
    static String css() {
        StringBuilder css = new StringBuilder();
        HEX.forEach((band, colour) -> css.append(".band-").append(band).append(" { background: ").append(colour).append("; }\n"));
        return css.toString();
    }
}

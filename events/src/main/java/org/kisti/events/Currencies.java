package org.kisti.events;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The currencies a ledger amount may be in: ISO 4217 currencies in circulation with 2 decimal places.
 *
 * <p>{@link Currency} alone is not enough: the JDK also knows withdrawn codes (DEM, ZWD, VEB, LTL, EEK...) and fund
 * or metal codes (BOV, XAU, XDR), and a loan "in Deutsche Mark" is nonsense the ledger would otherwise store forever.
 * The list is ISO 4217 list one as published for 2026 (BGN left with Bulgaria's euro on 2026-01-01; ANG became XCG);
 * only codes the running JDK also knows count, so a code this JDK cannot format never reaches {@link Money}.
 */
public final class Currencies {

    public static final String RULE = "must be the ISO 4217 code of a currency in circulation with 2 decimal places,"
            + " such as BDT or INR";

    private static final Set<String> IN_CIRCULATION = Stream.of((""
            + "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF"
            + " CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ"
            + " GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP"
            + " LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR"
            + " PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC"
            + " SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF"
            + " XPF YER ZAR ZMW ZWG").split(" "))
            .filter(Currencies::knownWithTwoPlaces)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {}

    /** Whether an amount may be kept in this code; never throws, whatever the text. */
    public static boolean isAccepted(String code) {
        return code != null && IN_CIRCULATION.contains(code);
    }

    private static boolean knownWithTwoPlaces(String code) {
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() == 2;
        } catch (IllegalArgumentException unknownToThisJdk) {
            return false;
        }
    }
}

package dev.saldo.portal.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

import dev.saldo.domain.fee.FeeLines;

/**
 * An invoice line's description in words: Saldo's own fee, waiver and discount lines are codes
 * ({@link FeeLines}) translated here, saying which fee, why and for which days; anything else (a line
 * imported from the ERP) is shown as it came.
 */
public final class LineTexts {

    private LineTexts() {
    }

    public static String describe(String description, BiFunction<String, Object[], String> translate, Locale locale) {
        return FeeLines.parse(description).map(code -> explain(code, translate, locale)).orElse(description);
    }

    private static String explain(FeeLines.Code code, BiFunction<String, Object[], String> translate, Locale locale) {
        Object[] args = switch (code.kind()) {
            case FeeLines.INTEREST -> new Object[] {code.arg(2), Formats.date(LocalDate.parse(code.arg(0)), locale),
                    Formats.date(LocalDate.parse(code.arg(1)), locale)};
            case FeeLines.PERCENT -> new Object[] {code.arg(0)};
            default -> new Object[] {};
        };
        return translate.apply("fee.line." + code.kind(), args);
    }
}

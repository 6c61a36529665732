package dev.saldo.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.saldo.domain.debtor.DebtorId;
import dev.saldo.domain.invoice.Allocation;
import dev.saldo.domain.invoice.Invoice;
import dev.saldo.domain.invoice.InvoiceId;
import dev.saldo.domain.invoice.InvoiceLine;
import dev.saldo.domain.invoice.LineType;
import dev.saldo.domain.money.Money;
import dev.saldo.portal.debtor.Debtor;
import dev.saldo.portal.debtor.DebtorKind;

/**
 * Generates a believable portfolio: people and small businesses from Chile, Mexico, Colombia, Spain
 * and the US, each with invoices spread over every aging bucket, some paid, some partly paid, some
 * with late interest. Deterministic for a given seed.
 */
final class DemoPortfolio {

    record Profile(String name, DebtorKind kind, String currency, String language, String country) {
    }

    private static final String[] SPANISH_FIRST = {"Camila", "Valentina", "Javier", "Matías", "Sofía", "Lucía", "Mateo",
            "Martina", "Carlos", "Fernanda", "José", "Daniela", "Andrés", "Isabel", "Tomás", "Gabriela", "Felipe",
            "Paula", "Rodrigo", "Elena"};
    private static final String[] SPANISH_LAST = {"González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras",
            "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Hernández", "García", "Torres",
            "Ramírez", "Vargas", "Castro", "Romero"};
    private static final String[] ENGLISH_FIRST = {"Emily", "James", "Olivia", "Michael", "Sarah", "David", "Jessica",
            "Daniel", "Laura", "Robert"};
    private static final String[] ENGLISH_LAST = {"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clark", "Walker",
            "Hall", "Young", "King"};
    private static final Profile[] BUSINESSES = {
            new Profile("Panadería El Trigal SpA", DebtorKind.BUSINESS, "CLP", "es", "CL"),
            new Profile("Ferretería Los Andes Ltda.", DebtorKind.BUSINESS, "CLP", "es", "CL"),
            new Profile("Transportes Araucanía SpA", DebtorKind.BUSINESS, "CLP", "es", "CL"),
            new Profile("Distribuidora Azteca S.A. de C.V.", DebtorKind.BUSINESS, "MXN", "es", "MX"),
            new Profile("Restaurante Mar Azul S.A. de C.V.", DebtorKind.BUSINESS, "MXN", "es", "MX"),
            new Profile("Café La Candelaria S.A.S.", DebtorKind.BUSINESS, "COP", "es", "CO"),
            new Profile("Talleres Hermanos Ruiz S.L.", DebtorKind.BUSINESS, "EUR", "es", "ES"),
            new Profile("Clínica Veterinaria San Roque S.L.", DebtorKind.BUSINESS, "EUR", "es", "ES"),
            new Profile("Green Valley Supplies LLC", DebtorKind.BUSINESS, "USD", "en", "US"),
            new Profile("Brightside Dental LLC", DebtorKind.BUSINESS, "USD", "en", "US"),
            new Profile("Northwind Traders Ltd.", DebtorKind.BUSINESS, "EUR", "en", "IE"),
            new Profile("Imprenta Gutenberg S.A.", DebtorKind.BUSINESS, "CLP", "es", "CL")};
    private static final String[][] SERVICES = {
            {"Servicio de internet fibra", "Fibre internet service"},
            {"Mantención de equipos", "Equipment maintenance"},
            {"Arriendo de bodega", "Storage unit rent"},
            {"Insumos de oficina", "Office supplies"},
            {"Asesoría contable", "Accounting services"},
            {"Licencias de software", "Software licences"},
            {"Transporte y despacho", "Freight and delivery"},
            {"Cuota de mantenimiento", "Maintenance fee"}};
    private static final String[] SPANISH_COUNTRIES = {"CL", "CL", "CL", "MX", "MX", "CO", "ES"};

    private final Random random;
    private final LocalDate today;
    private int invoiceCounter = 1000;

    DemoPortfolio(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    Profile profile(int index) {
        if (index % 4 == 3) {
            return BUSINESSES[(index / 4) % BUSINESSES.length];
        }
        if (index % 5 == 4) {
            var name = pick(ENGLISH_FIRST) + " " + pick(ENGLISH_LAST);
            return new Profile(name, DebtorKind.PERSON, random.nextBoolean() ? "USD" : "EUR", "en",
                    random.nextBoolean() ? "US" : "ES");
        }
        var country = pick(SPANISH_COUNTRIES);
        var name = pick(SPANISH_FIRST) + " " + pick(SPANISH_LAST) + " " + pick(SPANISH_LAST);
        return new Profile(name, DebtorKind.PERSON, currencyOf(country), "es", country);
    }

    Debtor debtor(String externalId, Profile profile) {
        var slug = java.text.Normalizer.normalize(profile.name().toLowerCase(), java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z ]", "").trim().replace(' ', '.');
        return new Debtor(null, externalId, profile.name(), profile.kind(), taxId(profile.country()),
                slug + "@example.com", phone(profile.country()), postalCode(profile.country()), profile.country(),
                profile.language(), null);
    }

    /** Between one and six invoices, due from five months ago to six weeks ahead. */
    List<Invoice> invoices(DebtorId debtor, Profile profile) {
        var count = 1 + random.nextInt(6);
        var result = new ArrayList<Invoice>();
        for (int i = 0; i < count; i++) {
            var due = today.plusDays(40 - random.nextInt(190));
            result.add(invoice(debtor, profile, due, randomAmount(profile.currency()), paymentShare(due)));
        }
        return result;
    }

    /** An invoice of {@code amount}, {@code paidShare} of it paid (0 to 1), with late interest if long overdue. */
    Invoice invoice(DebtorId debtor, Profile profile, LocalDate due, Money amount, double paidShare) {
        var issued = due.minusDays(30);
        var spanish = "es".equals(profile.language());
        var service = SERVICES[random.nextInt(SERVICES.length)][spanish ? 0 : 1];
        var lines = new ArrayList<InvoiceLine>();
        lines.add(new InvoiceLine(LineType.CHARGE, service, amount, issued));
        var daysLate = today.toEpochDay() - due.toEpochDay();
        if (paidShare < 1 && daysLate > 30 && random.nextInt(10) < 4) {
            var interest = amount.times(new BigDecimal("0.015").multiply(BigDecimal.valueOf(daysLate / 30)));
            if (interest.isPositive()) {
                lines.add(new InvoiceLine(LineType.FEE, spanish ? "Interés por mora" : "Late payment interest",
                        interest, due.plusDays(30)));
            }
        }
        var allocations = new ArrayList<Allocation>();
        if (paidShare > 0) {
            var paid = paidShare >= 1 ? amount : amount.times(BigDecimal.valueOf(paidShare));
            var paidOn = issued.plusDays(5 + random.nextInt(Math.max(1, (int) Math.min(60, today.toEpochDay() - issued.toEpochDay()))));
            if (paidOn.isAfter(today)) {
                paidOn = today;
            }
            if (paid.isPositive()) {
                allocations.add(new Allocation("PAY-" + Integer.toString(random.nextInt(900_000) + 100_000), paid, paidOn));
            }
        }
        return Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), debtor, nextNumber(profile.country()), issued, due,
                lines, allocations);
    }

    private double paymentShare(LocalDate due) {
        if (due.isAfter(today.minusDays(5)) && random.nextInt(10) < 8) {
            return 0;
        }
        var roll = random.nextInt(10);
        if (roll < 3) {
            return 1;
        }
        if (roll < 5) {
            return 0.3 + random.nextInt(40) / 100.0;
        }
        return 0;
    }

    private Money randomAmount(String currency) {
        var code = Currency.getInstance(currency);
        return switch (currency) {
            case "CLP" -> Money.ofMinor((25 + random.nextInt(1475)) * 1000L + random.nextInt(100) * 10L, code);
            case "MXN" -> Money.ofMinor((800 + random.nextInt(44_200)) * 100L + random.nextInt(100), code);
            case "COP" -> Money.ofMinor((80 + random.nextInt(5920)) * 1000L * 100L, code);
            default -> Money.ofMinor((60 + random.nextInt(3940)) * 100L + random.nextInt(100), code);
        };
    }

    private String nextNumber(String country) {
        invoiceCounter++;
        return country + "-" + today.getYear() + "-" + String.format("%06d", invoiceCounter);
    }

    private static String currencyOf(String country) {
        return switch (country) {
            case "CL" -> "CLP";
            case "MX" -> "MXN";
            case "CO" -> "COP";
            case "ES" -> "EUR";
            default -> "USD";
        };
    }

    private String taxId(String country) {
        return switch (country) {
            case "CL" -> chileanRut(5_000_000 + random.nextInt(20_000_000));
            case "MX" -> "XAXX" + (100000 + random.nextInt(900000)) + "000";
            case "CO" -> Integer.toString(800_000_000 + random.nextInt(99_999_999));
            case "ES" -> String.format("%08d", random.nextInt(99_999_999)) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(random.nextInt(23));
            default -> (10 + random.nextInt(89)) + "-" + (1_000_000 + random.nextInt(8_999_999));
        };
    }

    /** A RUT with its real modulo-11 check digit, so it validates like a real one would. */
    static String chileanRut(int number) {
        int sum = 0;
        int factor = 2;
        for (int n = number; n > 0; n /= 10) {
            sum += (n % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int check = 11 - sum % 11;
        var digit = check == 11 ? "0" : check == 10 ? "K" : Integer.toString(check);
        return String.format(java.util.Locale.ROOT, "%,d", number).replace(',', '.') + "-" + digit;
    }

    private String phone(String country) {
        var prefix = switch (country) {
            case "CL" -> "+569";
            case "MX" -> "+5255";
            case "CO" -> "+57310";
            case "ES" -> "+346";
            default -> "+1415";
        };
        return prefix + (1_000_000 + random.nextInt(8_999_999));
    }

    private String postalCode(String country) {
        return switch (country) {
            case "CL" -> Integer.toString(7_500_000 + random.nextInt(999_999));
            case "ES" -> String.format("%05d", 1000 + random.nextInt(50_000));
            default -> String.format("%05d", 10_000 + random.nextInt(89_999));
        };
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}

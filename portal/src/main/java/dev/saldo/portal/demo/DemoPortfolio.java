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

    /**
     * How a generated debtor behaves, hidden from Saldo: it drives when they pay, whether in part, and
     * whether they keep promises, so segments and the risk model have real patterns to find.
     */
    enum Behaviour {
        /** Pays around the due date; now and then a little late. */
        RELIABLE,
        /** Pays well except during one rough stretch of a few months. */
        STRUGGLING,
        /** Often weeks or months late, often in part. */
        CHRONIC,
        /** Pays some invoices promptly and lets others run; promises and breaks them. */
        EVASIVE
    }

    /** A promise from before Saldo, as the history remembers it. */
    record PastPromise(Money amount, LocalDate madeOn, LocalDate date, boolean kept) {
    }

    record History(Behaviour behaviour, List<Invoice> invoices, List<PastPromise> promises) {
    }

    Behaviour behaviour() {
        var roll = random.nextInt(100);
        return roll < 50 ? Behaviour.RELIABLE : roll < 70 ? Behaviour.STRUGGLING : roll < 88 ? Behaviour.CHRONIC
                : Behaviour.EVASIVE;
    }

    /**
     * A monthly invoice for six to sixteen months up to six weeks ahead, paid as the debtor's behaviour
     * dictates; payments that would fall after today have not happened yet, so those invoices are open.
     */
    History history(DebtorId debtor, Profile profile, Behaviour behaviour) {
        var base = randomAmount(profile.currency());
        var months = 6 + random.nextInt(11);
        var hardshipStart = today.minusDays(60 + random.nextInt(360));
        var invoices = new ArrayList<Invoice>();
        var promises = new ArrayList<PastPromise>();
        for (int m = months; m >= 0; m--) {
            var due = today.plusDays(40 - 30L * m - random.nextInt(10));
            var amount = base.times(BigDecimal.valueOf(0.7 + random.nextInt(60) / 100.0));
            var hardship = behaviour == Behaviour.STRUGGLING && !due.isBefore(hardshipStart)
                    && due.isBefore(hardshipStart.plusDays(120));
            var payments = payments(behaviour, hardship, due, amount);
            invoices.add(invoice(debtor, profile, due, amount, payments));
            promise(behaviour, hardship, due, amount).ifPresent(promises::add);
        }
        return new History(behaviour, invoices, promises);
    }

    /** When the debtor pays an invoice and how much each time, by behaviour; empty means never. */
    private List<Allocation> payments(Behaviour behaviour, boolean hardship, LocalDate due, Money amount) {
        var payments = new ArrayList<Allocation>();
        switch (behaviour) {
            case RELIABLE -> pay(payments, amount, due.plusDays(random.nextInt(100) < 8 ? 10 + random.nextInt(30)
                    : random.nextInt(9) - 5));
            case STRUGGLING -> {
                if (hardship) {
                    var part = amount.times(new BigDecimal("0.4"));
                    pay(payments, part, due.plusDays(random.nextInt(20)));
                    pay(payments, amount.minus(part), due.plusDays(45 + random.nextInt(60)));
                } else {
                    pay(payments, amount, due.plusDays(random.nextInt(12) - 4));
                }
            }
            case CHRONIC -> {
                var late = 15 + random.nextInt(80);
                if (random.nextInt(100) < 45) {
                    var part = amount.times(BigDecimal.valueOf(0.2 + random.nextInt(50) / 100.0));
                    pay(payments, part, due.plusDays(late / 3));
                    if (random.nextInt(100) < 85) {
                        pay(payments, amount.minus(part), due.plusDays(late + 20));
                    }
                } else if (random.nextInt(100) < 90) {
                    pay(payments, amount, due.plusDays(late));
                }
            }
            case EVASIVE -> {
                if (random.nextInt(100) < 40) {
                    pay(payments, amount, due.plusDays(random.nextInt(10)));
                } else if (random.nextInt(100) < 50) {
                    pay(payments, amount, due.plusDays(90 + random.nextInt(90)));
                }
            }
        }
        return payments;
    }

    private void pay(List<Allocation> payments, Money amount, LocalDate on) {
        if (!on.isAfter(today) && amount.isPositive()) {
            payments.add(new Allocation("PAY-" + (random.nextInt(900_000) + 100_000), amount, on));
        }
    }

    /** Whether the debtor made (and kept or broke) a promise about this invoice, once it was a month late. */
    private java.util.Optional<PastPromise> promise(Behaviour behaviour, boolean hardship, LocalDate due, Money amount) {
        var madeOn = due.plusDays(30 + random.nextInt(10));
        var date = madeOn.plusDays(7 + random.nextInt(14));
        int chance, keptChance;
        switch (behaviour) {
            case EVASIVE -> { chance = 45; keptChance = 15; }
            case CHRONIC -> { chance = 25; keptChance = 50; }
            case STRUGGLING -> { chance = hardship ? 50 : 0; keptChance = 80; }
            default -> { chance = 0; keptChance = 100; }
        }
        if (date.plusDays(5).isAfter(today) || random.nextInt(100) >= chance) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PastPromise(amount, madeOn, date, random.nextInt(100) < keptChance));
    }

    /** An invoice of {@code amount}, {@code paidShare} of it paid (0 to 1), with late interest if long overdue. */
    Invoice invoice(DebtorId debtor, Profile profile, LocalDate due, Money amount, double paidShare) {
        var issued = due.minusDays(30);
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
        return invoice(debtor, profile, due, amount, allocations);
    }

    /** An invoice of {@code amount} with these payments, with late interest if long overdue and still open. */
    Invoice invoice(DebtorId debtor, Profile profile, LocalDate due, Money amount, List<Allocation> allocations) {
        var issued = due.minusDays(30);
        var paidShare = allocations.stream().map(Allocation::amount).mapToLong(Money::minorUnits).sum()
                >= amount.minorUnits() ? 1.0 : 0.0;
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
        return Invoice.of(InvoiceId.of(UUID.randomUUID().toString()), debtor, nextNumber(profile.country()), issued, due,
                lines, allocations);
    }

    /** A typical invoice amount in this currency (a few thousand pesos to a few thousand euros). */
    Money randomAmount(String currency) {
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

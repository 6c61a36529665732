import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

import javax.imageio.ImageIO;

/**
 * Reads one benchmark run's figures ({@code <out>/<debtors>/*.properties}) and prints the markdown tables
 * against issue 10's targets; draws {@code <out>/chart.png} (Java2D, headless).
 *
 * java infra/bench/Report.java OUT_DIR
 */
public class Report {

    /** Memory per debtor session: live objects' growth over all sessions (see Browser.java). */
    static final String SESSION_KB = "sessions.kb.per.session";

    record Size(int debtors, Properties p) {
        String get(String key) {
            return p.getProperty(key, "–");
        }

        double num(String key) {
            try {
                return Double.parseDouble(p.getProperty(key));
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        var out = Path.of(args[0]);
        var sizes = new ArrayList<Size>();
        try (var dirs = Files.list(out)) {
            for (var dir : dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                var p = new Properties();
                for (var name : List.of("portal", "load", "browser", "load-average")) {
                    var file = dir.resolve(name + ".properties");
                    if (Files.exists(file)) {
                        try (Reader reader = Files.newBufferedReader(file)) {
                            p.load(reader);
                        }
                    }
                }
                sizes.add(new Size(Integer.parseInt(dir.getFileName().toString()), p));
            }
        }
        sizes.sort((a, b) -> Integer.compare(a.debtors(), b.debtors()));
        var machine = load(out.resolve("machine.properties"));
        System.out.println("Machine: " + machine.getProperty("cores", "?") + " cores, " + machine.getProperty("memory", "?")
                + ", " + machine.getProperty("cpu", "?") + "; " + machine.getProperty("jdk", "?") + "; run started "
                + machine.getProperty("started", "?") + "\n");

        System.out.println("### API (load generator in a second process, loopback)\n");
        System.out.println("| Debtors | Invoices | Ceiling: `GET /me/contact` median / p99 / req/s | `GET /me/summary` median / p99 / req/s | "
                + "`GET /me/invoices?page=0` median / p99 / req/s | summary ÷ ceiling throughput | invoices ÷ ceiling | "
                + "No credentials (401, no bcrypt) req/s | Failed |");
        System.out.println("|---:|---:|---|---|---|---:|---:|---:|---:|");
        for (var s : sizes) {
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n", s.debtors(), s.get("invoices"),
                    endpoint(s, "contact"), endpoint(s, "summary"), endpoint(s, "invoices"),
                    ratio(s.num("summary.rps"), s.num("contact.rps")), ratio(s.num("invoices.rps"), s.num("contact.rps")),
                    round(s.num("unauthenticated.rps")), failures(s));
        }
        System.out.println("\n### Screens and memory\n");
        System.out.println("| Debtors | Generated in s | Dashboard in Chromium median ms | Dashboard computation ms | "
                + "Live objects per debtor session KB | first five / last five | Portal's open connections at the counts |");
        System.out.println("|---:|---:|---:|---:|---:|---|---|");
        for (var s : sizes) {
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s / %s | %s |%n", s.debtors(), s.get("generate.seconds"),
                    s.get("dashboard.median.ms"), ms(s.num("jobs.dashboard.seconds")), s.get(SESSION_KB),
                    s.get("sessions.kb.per.session.first.half"), s.get("sessions.kb.per.session.second.half"),
                    s.get("sessions.connections"));
        }
        System.out.println("\n### Daily jobs: seconds (what they handled), and milliseconds per item handled\n");
        var header = new StringBuilder("| Job |");
        var rule = new StringBuilder("|---|");
        for (var s : sizes) {
            header.append(String.format(Locale.ROOT, " %,d debtors |", s.debtors()));
            rule.append("---|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (var job : JOBS) {
            var row = new StringBuilder("| " + job.getValue() + " |");
            for (var s : sizes) {
                row.append(" ").append(jobCell(s, job.getKey())).append(" |");
            }
            System.out.println(row);
        }
        System.out.println("\n### Against issue 10's targets\n");
        if (sizes.size() >= 2) {
            var small = sizes.getFirst();
            var large = sizes.getLast();
            var label = "%,d vs %,d debtors".formatted(large.debtors(), small.debtors());
            for (var key : List.of("summary", "invoices")) {
                var times = large.num(key + ".median.ms") / small.num(key + ".median.ms");
                System.out.printf(Locale.ROOT, "- `%s` median latency, %s: %.2f× (target ≤ 1.5×): %s%n", key, label, times,
                        verdict(times, times <= 1.5));
            }
            var dash = large.num("dashboard.median.ms") / small.num("dashboard.median.ms");
            System.out.printf(Locale.ROOT, "- Staff dashboard load, %s: %.2f× (target ≤ 1.5×): %s%n", label, dash, verdict(dash, dash <= 1.5));
            // The issue asks that the daily jobs' cost follow what is due, not the portfolio: the cost of each
            // item handled should not grow with the portfolio.
            var perItem = new ArrayList<String>();
            for (var job : JOBS) {
                if (job.getKey().startsWith("roll.")) {
                    continue; // it handles one day, however many invoices move
                }
                var a = eachMs(small, job.getKey());
                var b = eachMs(large, job.getKey());
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    perItem.add(String.format(Locale.ROOT, "%s %.2f×", job.getKey(), b / a));
                } else if (!Double.isNaN(a) && Double.isNaN(large.num("jobs." + job.getKey() + ".seconds"))) {
                    perItem.add(job.getKey() + " " + jobCell(large, job.getKey()));
                }
            }
            System.out.printf(Locale.ROOT, "- Daily jobs, time per item handled, %s: %s%n", label,
                    perItem.isEmpty() ? "not measured" : String.join("; ", perItem));
        }
        for (var s : sizes) {
            var share = s.num("summary.rps") / s.num("contact.rps");
            var kb = s.num(SESSION_KB);
            System.out.printf(Locale.ROOT, "- %,d debtors: summary throughput %.0f %% of the ceiling (target ≥ 50 %%): %s; "
                    + "%s KB per debtor session (target < 100 KB): %s%n", s.debtors(), share * 100, verdict(share, share >= 0.5),
                    s.get(SESSION_KB), kb < 0 ? "not valid (the live objects shrank: something else was released)"
                            : verdict(kb, kb < 100));
        }
        System.out.println("\n### Load average while measuring (`uptime`)\n");
        for (var s : sizes) {
            System.out.printf("- %,d debtors: before `%s`; after `%s`%n", s.debtors(), s.get("uptime.before").trim(),
                    s.get("uptime.after").trim());
        }
        System.out.println("\n### How the browsers reached the portal\n");
        for (var s : sizes) {
            System.out.printf("- %,d debtors: %s%n", s.debtors(), s.get("browser.via"));
        }
        chart(sizes, out.resolve("chart.png"));
    }

    static String verdict(double value, boolean met) {
        return Double.isNaN(value) ? "not measured" : met ? "**met**" : "**not met**";
    }

    static Properties load(Path file) throws IOException {
        var p = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                p.load(reader);
            }
        }
        return p;
    }

    static String endpoint(Size s, String key) {
        return "%s / %s ms / %s".formatted(round(s.num(key + ".median.ms")), round(s.num(key + ".p99.ms")),
                round(s.num(key + ".rps")));
    }

    static String failures(Size s) {
        long failed = 0;
        for (var key : List.of("unauthenticated", "contact", "summary", "invoices")) {
            var f = s.num(key + ".failures");
            failed += Double.isNaN(f) ? 0 : (long) f;
        }
        return Long.toString(failed);
    }

    /** The daily jobs BenchJobs times, in its order, with what the table calls them. */
    static final List<Map.Entry<String, String>> JOBS = List.of(
            Map.entry("lifecycle.today", "Plan lifecycle, nothing due (plans broken)"),
            Map.entry("lifecycle.day45", "Plan lifecycle on day +45 (plans broken)"),
            Map.entry("reminders.today", "Reminder planner, first run (reminders written)"),
            Map.entry("reminders.again", "Reminder planner again, same day"),
            Map.entry("reminders.next-day", "Reminder planner, next day"),
            Map.entry("roll.next-day", "Aging roll to the next day (days rolled)"),
            Map.entry("rebuild", "Figure rebuild (invoices read)"),
            Map.entry("fees.first", "Fee accrual, first run (invoices charged)"),
            Map.entry("fees.again", "Fee accrual again, same day"),
            Map.entry("fees.next-day", "Fee accrual, next day"));

    /** Milliseconds per item the job handled, or NaN when it handled none or did not finish. */
    static double eachMs(Size s, String key) {
        var seconds = s.num("jobs." + key + ".seconds");
        var handled = s.num("jobs." + key + ".handled");
        return handled > 0 ? seconds * 1000 / handled : Double.NaN;
    }

    /** "12.3 s (456) · 27 ms each", or "did not finish" when the run ended before the job did. */
    static String jobCell(Size s, String key) {
        var seconds = s.num("jobs." + key + ".seconds");
        if (Double.isNaN(seconds)) {
            return key.startsWith("reminders.") && "false".equals(s.get("jobs.reminders.today.finished"))
                    ? "not run (the first run's backlog was not through)" : "did not finish";
        }
        var handled = s.num("jobs." + key + ".handled");
        var bounded = "false".equals(s.get("jobs." + key + ".finished")) ? ", stopped at its bound" : "";
        var each = handled > 0 ? String.format(Locale.ROOT, " · %.1f ms each", seconds * 1000 / handled) : "";
        return String.format(Locale.ROOT, "%.1f s (%,d)%s%s", seconds, (long) handled, bounded, each);
    }

    static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    static String ms(double seconds) {
        return Double.isNaN(seconds) ? "–" : round(seconds * 1000);
    }

    static String round(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Median latency per endpoint and the dashboard's load, against portfolio size (both axes logarithmic). */
    static void chart(List<Size> sizes, Path file) throws IOException {
        int width = 900, height = 520, left = 80, right = 230, top = 50, bottom = 70;
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Saldo: median latency against portfolio size (log–log)", left, 28);
        record Series(String name, Color color, Function<Size, Double> value) {
        }
        var series = List.of(
                new Series("GET /me/contact (ceiling)", new Color(0x888888), s -> s.num("contact.median.ms")),
                new Series("GET /me/summary", new Color(0x1f77b4), s -> s.num("summary.median.ms")),
                new Series("GET /me/invoices?page=0", new Color(0x2ca02c), s -> s.num("invoices.median.ms")),
                new Series("Staff dashboard (Chromium)", new Color(0xd62728), s -> s.num("dashboard.median.ms")));
        double minX = Math.log10(sizes.stream().mapToInt(Size::debtors).min().orElse(1));
        double maxX = Math.log10(sizes.stream().mapToInt(Size::debtors).max().orElse(10));
        if (maxX - minX < 1) {
            maxX = minX + 1;
        }
        double minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (var s : sizes) {
            for (var line : series) {
                var v = line.value().apply(s);
                if (v > 0) {
                    minY = Math.min(minY, Math.floor(Math.log10(v)));
                    maxY = Math.max(maxY, Math.ceil(Math.log10(v)));
                }
            }
        }
        if (minY > maxY) {
            minY = 0;
            maxY = 1;
        }
        if (maxY == minY) {
            maxY = minY + 1;
        }
        int plotW = width - left - right, plotH = height - top - bottom;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double y = minY; y <= maxY; y++) {
            int py = top + plotH - (int) ((y - minY) / (maxY - minY) * plotH);
            g.setColor(new Color(0xE6E6E6));
            g.drawLine(left, py, left + plotW, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,.0f ms", Math.pow(10, y)).replace("0 ms", "0 ms"), 8, py + 4);
        }
        for (var s : sizes) {
            int px = left + (int) ((Math.log10(s.debtors()) - minX) / (maxX - minX) * plotW);
            g.setColor(new Color(0xE6E6E6));
            g.drawLine(px, top, px, top + plotH);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,d", s.debtors()), px - 20, top + plotH + 20);
        }
        g.drawString("debtors in the portfolio", left + plotW / 2 - 60, top + plotH + 45);
        g.drawRect(left, top, plotW, plotH);
        int legendY = top + 10;
        for (var line : series) {
            g.setColor(line.color());
            g.setStroke(new BasicStroke(2.5f));
            int lastX = -1, lastY = -1;
            for (var s : sizes) {
                var v = line.value().apply(s);
                if (!(v > 0)) {
                    continue; // not measured at this size: the line joins the sizes that were
                }
                int px = left + (int) ((Math.log10(s.debtors()) - minX) / (maxX - minX) * plotW);
                int py = top + plotH - (int) ((Math.log10(v) - minY) / (maxY - minY) * plotH);
                g.fillOval(px - 4, py - 4, 8, 8);
                if (lastX >= 0) {
                    g.drawLine(lastX, lastY, px, py);
                }
                lastX = px;
                lastY = py;
            }
            g.fillRect(left + plotW + 15, legendY - 8, 14, 8);
            g.setColor(Color.DARK_GRAY);
            g.drawString(line.name(), left + plotW + 35, legendY);
            legendY += 22;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}

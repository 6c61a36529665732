package dev.saldo.portal.staff.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import dev.saldo.domain.invoice.AgingBucket;
import dev.saldo.portal.staff.figures.CurrencyFigures;
import dev.saldo.portal.staff.figures.HistoryPoint;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The dashboard's charts, drawn by JFreeChart on the server and written out as SVG by Batik, so the
 * page needs no JavaScript chart library. Colours run from calm (current) to alarm (over 90 days).
 */
final class Charts {

    static final Color[] BUCKET_COLOURS = {
            new Color(0x2E7D4F), new Color(0xF2C14E), new Color(0xEF8A3C), new Color(0xD9534F), new Color(0x7A1F2B)};
    private static final Color[] LABEL_COLOURS = {Color.WHITE, new Color(0x3A2C00), new Color(0x2B1400), Color.WHITE, Color.WHITE};
    private static final Color INK = new Color(0x33, 0x3D, 0x4A);
    private static final Color GRID = new Color(0xE3, 0xE7, 0xEC);
    private static final Color RECEIVABLE = new Color(0x0B5CAD);
    private static final Color OVERDUE = new Color(0xA1, 0x1D, 0x1D);
    private static final String FONT = "DejaVu Sans";

    private Charts() {
    }

    /** One bar per currency split into the share of each aging bucket (amounts in different currencies do not add up). */
    static String agingShares(List<CurrencyFigures> figures, Function<AgingBucket, String> label, String description) {
        var data = new DefaultCategoryDataset();
        for (var bucket : AgingBucket.values()) {
            for (var f : figures) {
                var share = f.receivable().isZero() ? 0 : f.bucket(bucket).amount().minorUnits() * 100.0 / f.receivable().minorUnits();
                data.addValue(share, label.apply(bucket), f.currency().getCurrencyCode());
            }
        }
        var chart = ChartFactory.createStackedBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, true, false, false);
        var plot = chart.getCategoryPlot();
        style(chart);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(FONT, Font.BOLD, 13));
        plot.getDomainAxis().setTickLabelPaint(INK);
        plot.getDomainAxis().setAxisLineVisible(false);
        plot.getDomainAxis().setCategoryMargin(0.35);
        var axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        axis.setNumberFormatOverride(new DecimalFormat("0'%'"));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        axis.setTickLabelPaint(INK);
        axis.setAxisLineVisible(false);
        var renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        renderer.setDefaultItemLabelGenerator(new ShareLabels());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 11));
        for (int i = 0; i < BUCKET_COLOURS.length; i++) {
            renderer.setSeriesPaint(i, BUCKET_COLOURS[i]);
            renderer.setSeriesItemLabelPaint(i, LABEL_COLOURS[i]);
        }
        return svg(chart, 720, 90 + 48 * figures.size(), description);
    }

    /** Receivable and overdue day by day: is the late part growing or shrinking? */
    static String overdueOverTime(List<HistoryPoint> points, String receivableLabel, String overdueLabel, Locale locale,
            String description) {
        var receivable = new TimeSeries(receivableLabel);
        var overdue = new TimeSeries(overdueLabel);
        for (var point : points) {
            var day = new Day(point.date().getDayOfMonth(), point.date().getMonthValue(), point.date().getYear());
            receivable.addOrUpdate(day, point.receivable().amount());
            overdue.addOrUpdate(day, point.overdue().amount());
        }
        var overdueData = new TimeSeriesCollection(overdue);
        var chart = ChartFactory.createTimeSeriesChart(null, null, null, overdueData, true, false, false);
        style(chart);
        var plot = chart.getXYPlot();
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        var area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setSeriesPaint(0, new Color(OVERDUE.getRed(), OVERDUE.getGreen(), OVERDUE.getBlue(), 150));
        area.setOutline(false);
        plot.setRenderer(0, area);
        plot.setDataset(1, new TimeSeriesCollection(receivable));
        var line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, RECEIVABLE);
        line.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        plot.setRenderer(1, line);
        var dates = (DateAxis) plot.getDomainAxis();
        dates.setDateFormatOverride(new SimpleDateFormat("d MMM", locale));
        dates.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        dates.setTickLabelPaint(INK);
        var amounts = (NumberAxis) plot.getRangeAxis();
        amounts.setNumberFormatOverride(NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT));
        amounts.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        amounts.setTickLabelPaint(INK);
        amounts.setAxisLineVisible(false);
        amounts.setAutoRangeIncludesZero(true);
        amounts.setUpperMargin(0.12);
        return svg(chart, 560, 300, description);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        chart.setAntiAlias(true);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        LegendTitle legend = chart.getLegend();
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
        legend.setItemPaint(INK);
        legend.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot || chart.getPlot() instanceof XYPlot) {
            chart.setBorderVisible(false);
        }
    }

    /** Writes the chart as an SVG element that scales to its container and names itself for screen readers. */
    static String svg(JFreeChart chart, int width, int height, String description) {
        try {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            var context = SVGGeneratorContext.createDefault(document);
            context.setEmbeddedFontsOn(false);
            var graphics = new SVGGraphics2D(context, false);
            graphics.setSVGCanvasSize(new Dimension(width, height));
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
            var root = graphics.getRoot();
            root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
            root.setAttributeNS(null, "width", "100%");
            root.removeAttributeNS(null, "height");
            root.setAttributeNS(null, "role", "img");
            root.setAttributeNS(null, "aria-label", description);
            var out = new StringWriter();
            graphics.stream(root, out, true, false);
            var svg = out.toString();
            return svg.substring(svg.indexOf("<svg"));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shares too thin to hold a label get none. */
    private static final class ShareLabels implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return null;
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return null;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            var value = dataset.getValue(row, column);
            return value == null || value.doubleValue() < 6 ? null : Math.round(value.doubleValue()) + "%";
        }
    }
}

package dev.tact.intents.evaluate;

import dev.tact.intents.classify.AnswerGate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Draws the threshold sweep as a standalone SVG document: answered share and accuracy of answered against the
 * minimum confidence, plus in-scope accuracy and oos recall when there are oos rows; axes with ticks, a grid, a
 * legend and a marker at the gate's threshold. Each point carries a tooltip with its value.
 */
final class SweepPlot {

    private static final int WIDTH = 780;
    private static final int HEIGHT = 470;
    private static final int LEFT = 70;
    private static final int TOP = 50;
    private static final int PLOT_WIDTH = 480;
    private static final int PLOT_HEIGHT = 350;

    private record Series(String name, String colour, String dash, Function<GateFigures, OptionalDouble> value) {
    }

    private final StringBuilder svg = new StringBuilder();

    private SweepPlot() {
    }

    static String render(List<GateFigures> sweep, AnswerGate gate, boolean outOfScopeRows) {
        List<Series> series = new ArrayList<>(List.of(
                new Series("answered share", "#1f77b4", "", f -> OptionalDouble.of(f.answeredShare())),
                new Series("accuracy of answered", "#d62728", "8 4", GateFigures::accuracyOfAnswered)));
        if (outOfScopeRows) {
            series.add(new Series("in-scope accuracy", "#2ca02c", "2 3", f -> OptionalDouble.of(f.inScopeAccuracy())));
            series.add(new Series("oos recall", "#9467bd", "10 3 2 3", GateFigures::oosRecall));
        }
        SweepPlot plot = new SweepPlot();
        plot.open(gate);
        plot.axes();
        plot.gateMarker(gate.minConfidence());
        for (int i = 0; i < series.size(); i++) {
            plot.series(series.get(i), sweep);
            plot.legendEntry(series.get(i), i);
        }
        plot.svg.append("</svg>\n");
        return plot.svg.toString();
    }

    private void open(AnswerGate gate) {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT);
        append("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT);
        append("<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Threshold sweep</text>\n", LEFT);
        append("<text x=\"%d\" y=\"40\" fill=\"#555\">min margin %.2f and max out-of-scope %.2f kept</text>\n", LEFT,
                gate.minMargin(), gate.maxOutOfScope());
    }

    private void axes() {
        for (int i = 0; i <= 10; i++) {
            double tick = i / 10.0;
            int x = x(tick);
            int y = y(tick);
            append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e5e5e5\"/>\n", LEFT, y, LEFT + PLOT_WIDTH, y);
            append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#e5e5e5\"/>\n", x, TOP, x, TOP + PLOT_HEIGHT);
            append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", LEFT - 5, y, LEFT, y);
            append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", x, TOP + PLOT_HEIGHT, x,
                    TOP + PLOT_HEIGHT + 5);
            append("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.1f</text>\n", LEFT - 8, y + 4, tick);
            append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%.1f</text>\n", x, TOP + PLOT_HEIGHT + 19, tick);
        }
        append("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"black\"/>\n", LEFT, TOP,
                PLOT_WIDTH, PLOT_HEIGHT);
        append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">minimum confidence (gate threshold)</text>\n",
                LEFT + PLOT_WIDTH / 2, TOP + PLOT_HEIGHT + 40);
        append("<text x=\"18\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 18 %d)\">share or accuracy</text>\n",
                TOP + PLOT_HEIGHT / 2, TOP + PLOT_HEIGHT / 2);
    }

    private void gateMarker(double threshold) {
        if (threshold < 0 || threshold > 1) {
            return;
        }
        int x = x(threshold);
        append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#777\" stroke-dasharray=\"4 4\"/>\n", x, TOP, x,
                TOP + PLOT_HEIGHT);
        append("<text x=\"%d\" y=\"%d\" fill=\"#555\">gate %.2f</text>\n", x + 4, TOP + 14, threshold);
    }

    /** One polyline per run of points that have a value (accuracy of answered has none where nothing is answered). */
    private void series(Series series, List<GateFigures> sweep) {
        String stroke = series.dash().isEmpty() ? "" : " stroke-dasharray=\"" + series.dash() + "\"";
        StringBuilder points = new StringBuilder();
        for (GateFigures point : sweep) {
            OptionalDouble value = series.value().apply(point);
            if (value.isEmpty()) {
                polyline(points, series.colour(), stroke);
                continue;
            }
            points.append(x(point.minConfidence())).append(',').append(y(value.getAsDouble())).append(' ');
        }
        polyline(points, series.colour(), stroke);
        for (GateFigures point : sweep) {
            OptionalDouble value = series.value().apply(point);
            if (value.isPresent()) {
                append("<circle cx=\"%d\" cy=\"%d\" r=\"2.5\" fill=\"%s\"><title>%s at %.2f: %.3f</title></circle>\n",
                        x(point.minConfidence()), y(value.getAsDouble()), series.colour(), series.name(),
                        point.minConfidence(), value.getAsDouble());
            }
        }
    }

    private void polyline(StringBuilder points, String colour, String stroke) {
        if (!points.isEmpty()) {
            append("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
                    points.toString().trim(), colour, stroke);
            points.setLength(0);
        }
    }

    private void legendEntry(Series series, int index) {
        int x = LEFT + PLOT_WIDTH + 20;
        int y = TOP + 10 + index * 22;
        String stroke = series.dash().isEmpty() ? "" : " stroke-dasharray=\"" + series.dash() + "\"";
        append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", x, y, x + 30, y,
                series.colour(), stroke);
        append("<text x=\"%d\" y=\"%d\">%s</text>\n", x + 38, y + 4, series.name());
    }

    private static int x(double value) {
        return LEFT + (int) Math.round(value * PLOT_WIDTH);
    }

    private static int y(double value) {
        return TOP + PLOT_HEIGHT - (int) Math.round(value * PLOT_HEIGHT);
    }

    private void append(String format, Object... args) {
        svg.append(String.format(Locale.ROOT, format, args));
    }
}

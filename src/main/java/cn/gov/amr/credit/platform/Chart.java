package cn.gov.amr.credit.platform;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one chart for the page fragment {@code fragments/chart :: chart(id, title, spec)}: a
 * bar or line chart over {@code categories} (the x axis: months, kinds, jurisdictions…), one value per
 * category in each series. The fragment always renders the same figures as a table beside the chart
 * (rows are categories, columns series), so a page reads the same without JavaScript, on paper and with a
 * screen reader. Labels are already in the reader's language; values are plain numbers in {@code unit}
 * ({@code "%"} draws a percent axis; empty for counts). See docs/charts.md.
 *
 * @param type       how to draw it
 * @param unit       the unit of every value, e.g. {@code "%"}; empty for counts (never null)
 * @param categories the category labels, in order
 * @param series     the series, each holding exactly one value per category (null: no figure)
 */
public record Chart(Type type, String unit, List<String> categories, List<Series> series) {

    /** How the series are drawn: bars side by side, bars stacked per category (parts of a whole), lines. */
    public enum Type { BAR, STACKED_BAR, LINE }

    /** One named series of values, one per category. */
    public record Series(String name, List<Number> values) {
    }

    public Chart {
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** A bar chart of counts. */
    public static Chart bars(List<String> categories, List<Series> series) {
        return new Chart(Type.BAR, "", categories, series);
    }

    /** A line chart of counts. */
    public static Chart lines(List<String> categories, List<Series> series) {
        return new Chart(Type.LINE, "", categories, series);
    }

    /** The same chart with another unit. */
    public Chart in(String newUnit) {
        return new Chart(type, newUnit, categories, series);
    }

    /**
     * The value of a series at a category as the table shows it: whole numbers as they are, others to two
     * decimals, followed by the unit; empty when absent.
     */
    public String cell(int seriesIndex, int categoryIndex) {
        Number value = series.get(seriesIndex).values().get(categoryIndex);
        if (value == null) {
            return "";
        }
        double number = value.doubleValue();
        String text = number == Math.rint(number) && !Double.isInfinite(number)
                ? Long.toString((long) number) : String.format(java.util.Locale.ROOT, "%.2f", number);
        return text + unit;
    }

    /** Whether there is any figure to show at all. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    /** The figures as JSON for {@code static/js/charts.js}: {@code {"type","unit","categories","series"}}. */
    public String json() {
        var data = new java.util.LinkedHashMap<String, Object>();
        data.put("type", type.name().toLowerCase(java.util.Locale.ROOT));
        data.put("unit", unit);
        data.put("categories", categories);
        data.put("series", series.stream().map(one -> {
            var entry = new java.util.LinkedHashMap<String, Object>();
            entry.put("name", one.name());
            entry.put("values", one.values());
            return entry;
        }).toList());
        return JsonMapper.shared().writeValueAsString(data);
    }
}

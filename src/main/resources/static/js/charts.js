// Draws every chart of the page (fragments/chart.html) from the figures in its data-chart attribute,
// with ECharts served by the platform (no inline scripts under the CSP). The table of the same figures
// stays beside each chart: without JavaScript, or on paper, the page loses nothing. See docs/charts.md.
(function () {
    'use strict';

    var COLORS = ['#b3121d', '#0969da', '#bf8700', '#1a7f37', '#8250df', '#57606a', '#cf222e', '#1b7c83'];
    var NARROW = 600;

    function axisLabel(spec, width) {
        var many = spec.categories.length > (width < NARROW ? 4 : 10);
        return { interval: 0, rotate: many ? 45 : 0, hideOverlap: true, fontSize: width < NARROW ? 10 : 12 };
    }

    function option(spec, width) {
        var percent = spec.unit === '%';
        return {
            color: COLORS,
            aria: { enabled: true },
            animation: false,
            tooltip: {
                trigger: 'axis',
                valueFormatter: function (value) {
                    if (value === null || value === undefined) { return ''; }
                    var rounded = Math.round(value * 100) / 100;
                    return rounded + spec.unit;
                }
            },
            legend: { show: spec.series.length > 1, top: 0, type: 'scroll' },
            grid: { left: 8, right: 16, top: spec.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: spec.categories, axisLabel: axisLabel(spec, width) },
            yAxis: {
                type: 'value', minInterval: percent ? 0 : 1, max: percent ? 100 : null,
                axisLabel: { formatter: percent ? '{value}%' : '{value}' }
            },
            series: spec.series.map(function (series) {
                var stacked = spec.type === 'stacked_bar';
                return { name: series.name, type: stacked ? 'bar' : spec.type, stack: stacked ? 'total' : null,
                    data: series.values, barMaxWidth: 40, smooth: false, symbolSize: 6, connectNulls: false };
            })
        };
    }

    function draw(element) {
        var spec;
        try {
            spec = JSON.parse(element.getAttribute('data-chart'));
        } catch (e) {
            return null;
        }
        var chart = window.echarts.init(element, null, { renderer: 'svg' });
        chart.setOption(option(spec, element.clientWidth));
        element.setAttribute('data-drawn', 'true');
        return { chart: chart, spec: spec, element: element };
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (!window.echarts) {
            return;
        }
        var drawn = [];
        document.querySelectorAll('[data-chart]').forEach(function (element) {
            var one = draw(element);
            if (one) { drawn.push(one); }
        });
        var timer = null;
        window.addEventListener('resize', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                drawn.forEach(function (one) {
                    one.chart.setOption({ xAxis: { axisLabel: axisLabel(one.spec, one.element.clientWidth) } });
                    one.chart.resize();
                });
            }, 150);
        });
        window.addEventListener('beforeprint', function () {
            drawn.forEach(function (one) { one.chart.resize(); });
        });
    });
}());

/*
 * The analytics dashboards: draws each chart with ECharts from the table data the page carries in the chart's
 * data-table attribute (the same rows as the table beside it). The charts are aria-hidden: the tables are what
 * assistive technology reads. Tooltips are drawn on the canvas (richText), never as HTML.
 */
(function () {
  'use strict';

  // Hubei's 17 divisions on a schematic grid in their geographic order: [column, row from the north].
  var TILES = {
    '420300': [0, 0], '420600': [1, 0], '421300': [2, 0],
    '429021': [0, 1], '420800': [1, 1], '429006': [2, 1], '420900': [3, 1], '421100': [4, 1],
    '420500': [0, 2], '429005': [1, 2], '429004': [2, 2], '420100': [3, 2], '420700': [4, 2],
    '422800': [0, 3], '421000': [1, 3], '421200': [3, 3], '420200': [4, 3]
  };
  var COLOURS = ['#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#dc3545', '#20c997', '#6c757d', '#ffc107'];

  function numbers(rows, index) {
    return rows.map(function (r) { return r[index] === null ? 0 : Number(r[index]); });
  }

  function narrow(el) {
    return el.clientWidth < 576;
  }

  function funnel(table) {
    return {
      color: COLOURS,
      tooltip: { trigger: 'item', renderMode: 'richText' },
      series: [{
        type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '8%', gap: 2,
        label: { show: true, position: 'inside', formatter: '{b}：{c}' },
        data: table.rows.map(function (r) { return { name: r[0], value: Number(r[1]) }; })
      }]
    };
  }

  function tiles(table, el) {
    var plotted = table.plotted[0];
    var data = [];
    var max = 0;
    table.rows.forEach(function (r, i) {
      var at = TILES[table.keys[i]];
      if (!at) { return; }
      var value = Number(r[plotted]);
      max = Math.max(max, value);
      data.push({ value: [at[0], at[1], value], name: r[0] });
    });
    var small = narrow(el);
    return {
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.name + '：' + p.value[2]; } },
      grid: { left: 4, right: 4, top: 4, bottom: 46 },
      xAxis: { type: 'category', data: [0, 1, 2, 3, 4], show: false },
      yAxis: { type: 'category', data: [0, 1, 2, 3], inverse: true, show: false },
      visualMap: {
        min: 0, max: Math.max(max, 1), calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: small ? 120 : 200, inRange: { color: ['#e7f1ff', '#0d6efd'] },
        text: [String(Math.max(max, 1)), '0']
      },
      series: [{
        type: 'heatmap', data: data,
        itemStyle: { borderColor: '#fff', borderWidth: 3 },
        label: {
          show: true, fontSize: small ? 10 : 12, color: '#212529',
          formatter: function (p) {
            var name = p.name.length > 4 && small ? p.name.slice(0, 2) : p.name;
            return name + '\n' + p.value[2];
          }
        }
      }]
    };
  }

  function axes(table, kind, el) {
    var labels = table.rows.map(function (r) { return r[0]; });
    var series = table.plotted.map(function (index) {
      return {
        name: table.columns[index].label,
        type: kind === 'LINES' ? 'line' : 'bar',
        stack: kind === 'STACKED' ? 'all' : undefined,
        data: numbers(table.rows, index)
      };
    });
    var small = narrow(el);
    var category = { type: 'category', data: labels, axisLabel: { fontSize: small ? 10 : 12 } };
    var value = { type: 'value', minInterval: 1 };
    var horizontal = kind !== 'LINES';
    if (horizontal) {
      category.inverse = true;
      category.axisLabel.width = small ? 70 : 110;
      category.axisLabel.overflow = 'truncate';
    }
    return {
      color: COLOURS,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 16, top: 34, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: series
    };
  }

  function option(kind, table, el) {
    if (kind === 'FUNNEL') { return funnel(table); }
    if (kind === 'TILES') { return tiles(table, el); }
    return axes(table, kind, el);
  }

  function draw() {
    if (!window.echarts) { return; }
    var charts = [];
    document.querySelectorAll('.analytics-canvas[data-table]').forEach(function (el) {
      var table;
      try { table = JSON.parse(el.getAttribute('data-table')); } catch (e) { return; }
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option(el.getAttribute('data-kind'), table, el));
      el.setAttribute('data-drawn', 'true');
      charts.push({ chart: chart, el: el, table: table });
    });
    var timer = null;
    window.addEventListener('resize', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        charts.forEach(function (c) {
          c.chart.resize();
          c.chart.setOption(option(c.el.getAttribute('data-kind'), c.table, c.el), true);
        });
      }, 150);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

// Draws the dashboard's charts with the vendored Chart.js. Each <canvas data-chart="id"> reads its data
// from the JSON block <script type="application/json" id="id">; a second series may come from
// data-chart-second. The same numbers stand in the table under each chart, so nothing is lost without script.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  var palette = ['#0d6efd', '#198754', '#ffc107', '#dc3545', '#6f42c1', '#20c997', '#fd7e14', '#6c757d', '#0dcaf0', '#d63384'];

  function read(id) {
    var block = document.getElementById(id);
    if (!block) return null;
    try { return JSON.parse(block.textContent); } catch (e) { return null; }
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = read(canvas.getAttribute('data-chart'));
    if (!data) return;
    var horizontal = data.type === 'bar-horizontal';
    var type = horizontal ? 'bar' : data.type;
    var datasets = [{
      label: data.label,
      data: data.values,
      backgroundColor: type === 'doughnut' ? palette : palette[0]
    }];
    var second = canvas.getAttribute('data-chart-second') && read(canvas.getAttribute('data-chart-second'));
    if (second) datasets.push({ label: second.label, data: second.values, backgroundColor: palette[1] });
    new Chart(canvas, {
      type: type,
      data: { labels: data.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        animation: false,
        plugins: { legend: { display: type === 'doughnut' || datasets.length > 1 } },
        scales: type === 'doughnut' ? {} : { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });

  // The period picker shows only the fields the chosen kind needs.
  var picker = document.querySelector('[data-period-picker]');
  if (picker) {
    var kind = picker.querySelector('[name="Kind"]');
    var show = function () {
      var k = kind.value;
      picker.querySelectorAll('[data-period-field="range"]').forEach(function (el) { el.hidden = k !== 'Custom'; });
      picker.querySelectorAll('[data-period-field="year"]').forEach(function (el) { el.hidden = k === 'Custom'; });
      picker.querySelectorAll('[data-period-field="number"]').forEach(function (el) { el.hidden = !(k === 'Month' || k === 'Quarter' || k === 'HalfYear'); });
    };
    kind.addEventListener('change', show);
    show();
  }
})();

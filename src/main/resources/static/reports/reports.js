// The reports page (CP-8): reads /api/reports with the Camunda webapps' session and shows each
// chart with a table of the same numbers. No framework; Chart.js comes from the application.
(function () {
  'use strict';

  var LOGIN = '/camunda/app/tasklist/';
  var BLUE = '#1f6fb2', GREEN = '#2e7d4f', LIGHT_GREEN = '#7cc896', AMBER = '#d99a00', ORANGE = '#d9661f',
    RED = '#b3261e', DARK_RED = '#6d1b16', GREY = '#8a8a8a';
  var charts = {};

  var form = document.getElementById('picker');
  var status = document.getElementById('status');
  var reportSection = document.getElementById('report');
  var csvLink = document.getElementById('csv');

  function kind() {
    return form.elements.kind.value;
  }

  function parameter() {
    return kind() === 'weekly' ? 'week' : 'month';
  }

  function showFields() {
    document.getElementById('week-field').hidden = kind() !== 'weekly';
    document.getElementById('month-field').hidden = kind() !== 'monthly';
  }

  // The API's URL for the chosen period; no value: the current week or month.
  function apiUrl(format) {
    var value = form.elements[parameter()].value;
    var query = [];
    if (value) {
      query.push(parameter() + '=' + encodeURIComponent(value));
    }
    if (format) {
      query.push('format=' + format);
    }
    return '/api/reports/' + kind() + (query.length ? '?' + query.join('&') : '');
  }

  // A message above the report; a problem is marked for the eye too, a link (to log in) follows it.
  function say(text, problem, link) {
    status.textContent = text;
    status.className = problem ? 'status problem' : 'status';
    if (link) {
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      status.appendChild(document.createTextNode(' '));
      status.appendChild(a);
    }
  }

  function load() {
    say('正在加载报表…');
    csvLink.href = apiUrl('csv');
    // X-Requested-With: a script asks, so no browser login dialog should answer a 401.
    fetch(apiUrl(), {credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
      .then(function (response) {
        if (response.status === 401) {
          reportSection.hidden = true;
          csvLink.hidden = true;
          say('您尚未登录或登录已过期。请先登录 Camunda（Tasklist 或 Cockpit），再刷新本页。', true,
            {href: LOGIN, text: '前往登录'});
          return null;
        }
        if (response.status === 403) {
          reportSection.hidden = true;
          csvLink.hidden = true;
          say('仅投诉管理员和主任可查看报表', true);
          return null;
        }
        return response.json().then(function (body) {
          if (!response.ok) {
            reportSection.hidden = true;
            var problems = (body.errors || []).map(function (e) { return e.message; }).join('；');
            say('报表加载失败：' + (problems || body.message || ('HTTP ' + response.status)), true);
            return null;
          }
          return body;
        });
      })
      .then(function (report) {
        if (report) {
          show(report);
        }
      })
      .catch(function () {
        say('报表加载失败，请检查网络后再试。', true);
      });
  }

  function show(report) {
    // The input shows the period the server chose (the current one when none was given).
    form.elements[parameter()].value = report.period.label;
    csvLink.href = apiUrl('csv');
    history.replaceState(null, '', '?' + parameter() + '=' + encodeURIComponent(report.period.label));

    document.getElementById('period-title').textContent = report.period.title + '报表';
    document.getElementById('period-range').textContent = '统计期间：' + dateTime(report.period.from) + ' 至 '
      + dateTime(report.period.to) + '（不含）；生成于 ' + dateTime(report.generatedAt);
    summary(report.total, report);

    var departments = report.departments;
    var names = departments.map(function (d) { return d.departmentName; });
    var categoryNames = report.categories.map(function (c) { return c.categoryName; });

    var total = report.total;
    var departmentName = function (d) { return d.departmentName; };

    chart('chart-orders', names, [
      ['派发督办单', BLUE, departments.map(function (d) { return d.dispatched; })],
      ['回单', GREEN, departments.map(function (d) { return d.answered; })],
      ['按时回单', LIGHT_GREEN, departments.map(function (d) { return d.answeredInTime; })],
      ['退单', GREY, departments.map(function (d) { return d.sentBack; })],
      ['超时', RED, departments.map(function (d) { return d.breached.total; })]
    ], {stacked: false, integers: true});
    table('table-orders', ['部门', '派发', '回单', '按时回单', '退单', '超时', '超时率(%)'], departments, departmentName,
      function (f) {
        return [f.dispatched, f.answered, f.answeredInTime, f.sentBack, f.breached.total, decimal(f.breachRate)];
      },
      total);

    chart('chart-breaches', names, [
      ['超时未升级', AMBER, departments.map(function (d) { return d.breached.notEscalated; })],
      ['一级督办（值班长）', ORANGE, departments.map(function (d) { return d.breached.level1; })],
      ['二级督办（客服部主任）', RED, departments.map(function (d) { return d.breached.level2; })],
      ['三级督办（客服中心主任）', DARK_RED, departments.map(function (d) { return d.breached.level3; })]
    ], {stacked: true, integers: true});
    table('table-breaches', ['部门', '未升级', '一级', '二级', '三级', '合计'], departments, departmentName,
      function (f) {
        var b = f.breached;
        return [b.notEscalated, b.level1, b.level2, b.level3, b.total];
      }, total);

    chart('chart-callbacks', categoryNames, [
      ['满意', GREEN, report.categories.map(function (c) { return c.callbacks.satisfied; })],
      ['不满意', RED, report.categories.map(function (c) { return c.callbacks.unsatisfied; })],
      ['无法联系', GREY, report.categories.map(function (c) { return c.callbacks.unreachable; })]
    ], {stacked: true, integers: true});
    table('table-callbacks', ['问题类别', '受理工单', '回访', '满意', '不满意', '无法联系'], report.categories,
      function (c) { return c.categoryName; },
      function (f) {
        var k = f.callbacks;
        return [f.received, k.total, k.satisfied, k.unsatisfied, k.unreachable];
      }, total);

    chart('chart-hours', names, [
      ['平均', BLUE, departments.map(function (d) { return d.hoursToAnswer.average; })],
      ['90%', AMBER, departments.map(function (d) { return d.hoursToAnswer.p90; })]
    ], {stacked: false, integers: false});
    table('table-hours', ['部门', '回单', '平均(小时)', '90%(小时)'], departments, departmentName,
      function (f) { return [f.answered, decimal(f.hoursToAnswer.average), decimal(f.hoursToAnswer.p90)]; }, total);

    table('table-details', ['部门', '问题类别', '受理工单', '派发督办单', '退单', '回单', '按时回单', '到期督办单', '超时',
      '超时率(%)', '回访', '满意', '不满意', '无法联系', '平均回单时长(小时)', '90%回单时长(小时)'],
    report.rows, departmentName, function (f) {
      return [f.categoryName || '', f.received, f.dispatched, f.sentBack, f.answered, f.answeredInTime, f.due,
        f.breached.total, decimal(f.breachRate), f.callbacks.total, f.callbacks.satisfied, f.callbacks.unsatisfied,
        f.callbacks.unreachable, decimal(f.hoursToAnswer.average), decimal(f.hoursToAnswer.p90)];
    }, total, '本期没有数据');

    // SL-2: the centre's own steps past their limit, beside the departments' breaches.
    var centreTotal = {breached: report.centreSteps.reduce(function (sum, step) { return sum + step.breached; }, 0)};
    table('table-centre', ['环节', '超时'], report.centreSteps, function (step) { return step.stepName; },
      function (step) { return [step.breached]; }, centreTotal);

    // SL-1: the customers answered late, beside the centre's late steps.
    var a = report.customerAnswers;
    table('table-answers', ['客户答复时限', '到期', '超时', '超时已答复', '超时未答复', '超时率(%)'], [],
      function () { return ''; },
      function (f) { return [f.due, f.breached, f.answeredLate, f.unanswered, decimal(f.breachRate)]; }, a);

    // The repeat-complaint rate of the tickets received, per category.
    table('table-repeats', ['问题类别', '受理工单', '重复投诉工单', '重复投诉率(%)'], report.repeats.categories,
      function (c) { return c.categoryName; },
      function (f) { return [f.received, f.repeats, decimal(f.rate)]; }, report.repeats);

    // CP-8, RP-1: what each person did, by user id and name; QA-1: their quality listenings and average score.
    var peopleTotal = sumPeople(report.people);
    table('table-people', ['人员', '审核回单', '审核通过', '审核退回', '转投诉管理员', '答复督办单', '回单', '退单', '回访',
      '满意', '不满意', '无法联系', '请示值班长', '处理人审核工单', '处理人不合格', '首问审核工单', '首问不合格',
      '质检抽听', '质检平均分'],
    report.people, function (p) { return p.name === p.person ? p.person : p.name + '（' + p.person + '）'; },
    personCells, peopleTotal, '本期没有人员数据');

    // CP-8, RP-1: the daily audit's failures per handler (who reviewed the receipt) and per owner.
    var audits = report.audits;
    var auditTotal = {audited: audits.audited, failed: audits.failed};
    var person = function (p) { return p.person === null ? '（无回单审核）' : p.person; };
    var auditCells = function (p) { return [p.audited, p.failed]; };
    table('table-audit-handlers', ['处理人', '审核工单', '不合格'], audits.handlers, person, auditCells, auditTotal,
      '本期没有审核结果');
    table('table-audit-owners', ['首问责任人', '审核工单', '不合格'], audits.owners, person, auditCells, auditTotal,
      '本期没有审核结果');

    reportSection.hidden = false;
    csvLink.hidden = false;
    say(typeof Chart === 'undefined' ? '图表库未能加载，下面只显示表格。' : '', false);
  }

  function personCells(p) {
    return [p.reviews.total, p.reviews.accepted, p.reviews.rejected, p.reviews.referred, p.orders.total,
      p.orders.resolved, p.orders.sentBack, p.callbacks.total, p.callbacks.satisfied, p.callbacks.unsatisfied,
      p.callbacks.unreachable, p.callbacks.difficultCustomer, p.asHandler.audited, p.asHandler.failed,
      p.asOwner.audited, p.asOwner.failed, p.quality.listened,
      p.quality.average === null || p.quality.average === undefined ? '—' : decimal(p.quality.average)];
  }

  // The people's figures added up, in the shape of one person's, for the table's total line.
  function sumPeople(people) {
    var total = {reviews: {total: 0, accepted: 0, rejected: 0, referred: 0}, orders: {total: 0, resolved: 0, sentBack: 0},
      callbacks: {total: 0, satisfied: 0, unsatisfied: 0, unreachable: 0, difficultCustomer: 0},
      asHandler: {audited: 0, failed: 0}, asOwner: {audited: 0, failed: 0}};
    var listened = 0;
    var points = 0;
    people.forEach(function (p) {
      Object.keys(total).forEach(function (part) {
        Object.keys(total[part]).forEach(function (key) { total[part][key] += p[part][key]; });
      });
      if (p.quality.average !== null && p.quality.average !== undefined) {
        listened += p.quality.listened;
        points += p.quality.listened * p.quality.average;
      }
    });
    // QA-1: the total line's average is over every listening, not the average of averages.
    total.quality = {listened: listened, average: listened === 0 ? null : points / listened};
    return total;
  }

  function summary(t, report) {
    var items = [
      ['受理工单', t.received], ['派发督办单', t.dispatched], ['按时回单', t.answeredInTime],
      ['超时', t.breached.total], ['超时率', t.breachRate === null ? null : decimal(t.breachRate) + '%'],
      ['回访满意', t.callbacks.satisfied], ['审核不合格', report.audits.failed],
      ['客户答复超时', report.customerAnswers.breached],
      ['重复投诉率', report.repeats.rate === null ? null : decimal(report.repeats.rate) + '%']
    ];
    var list = document.getElementById('summary');
    list.textContent = '';
    items.forEach(function (item) {
      var div = document.createElement('div');
      var dt = document.createElement('dt');
      var dd = document.createElement('dd');
      dt.textContent = item[0];
      dd.textContent = text(item[1]);
      div.appendChild(dt);
      div.appendChild(dd);
      list.appendChild(div);
    });
  }

  // headers, then a row per item (its name in a row header, then cells(item)) and the total in the footer.
  function table(id, headers, items, nameOf, cells, total, emptyText) {
    var el = document.getElementById(id);
    el.textContent = '';
    var head = el.createTHead().insertRow();
    headers.forEach(function (h) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.appendChild(th);
    });
    var body = el.createTBody();
    if (!items.length && emptyText) {
      var cell = body.insertRow().insertCell();
      cell.colSpan = headers.length;
      cell.textContent = emptyText;
    }
    items.forEach(function (item) {
      row(body.insertRow(), [nameOf(item)].concat(cells(item)));
    });
    row(el.createTFoot().insertRow(), ['合计'].concat(cells(total)));
  }

  function row(tr, cells) {
    cells.forEach(function (value, i) {
      var cell;
      if (i === 0) {
        cell = document.createElement('th');
        cell.scope = 'row';
        tr.appendChild(cell);
      } else {
        cell = tr.insertCell();
      }
      cell.textContent = text(value);
    });
  }

  // series: [label, colour, values]; a bar chart, stacked or grouped.
  function chart(id, labels, series, options) {
    if (typeof Chart === 'undefined') {
      return;
    }
    if (charts[id]) {
      charts[id].destroy();
    }
    charts[id] = new Chart(document.getElementById(id), {
      type: 'bar',
      data: {
        labels: labels,
        datasets: series.map(function (s) {
          return {label: s[0], backgroundColor: s[1], data: s[2]};
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: {stacked: options.stacked},
          y: {stacked: options.stacked, beginAtZero: true, ticks: options.integers ? {precision: 0} : {}}
        },
        plugins: {legend: {position: 'bottom'}}
      }
    });
  }

  // Rates and hours keep their one decimal (JSON's 20.0 arrives as 20).
  function decimal(value) {
    return value === null || value === undefined ? null : value.toFixed(1);
  }

  function text(value) {
    return value === null || value === undefined || value === '' ? '—' : String(value);
  }

  function dateTime(iso) {
    // The API's times are in the business zone already (+08:00): show them as written.
    return iso.substring(0, 16).replace('T', ' ');
  }

  // A link to this page may name its period: ?week=2026-W47 or ?month=2026-11.
  function fromAddress() {
    var query = new URLSearchParams(location.search);
    if (query.get('month')) {
      form.elements.kind.value = 'monthly';
      form.elements.month.value = query.get('month');
    } else if (query.get('week')) {
      form.elements.week.value = query.get('week');
    }
    showFields();
  }

  Array.prototype.forEach.call(form.elements.kind, function (radio) {
    radio.addEventListener('change', function () {
      showFields();
      load();
    });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    load();
  });

  fromAddress();
  load();
}());

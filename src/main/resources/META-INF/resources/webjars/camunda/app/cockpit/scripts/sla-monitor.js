// Cockpit dashboard plugin "SLA 监控" (SL-6): the open department orders past their reminder
// point, past their resolve limit, or paused while waiting for the customer, with counts by
// department and escalation level, two charts, and a row per order linking to its instance;
// below them the centre's own steps past their limit (dispatch, review, callback...: SL-2) and the
// open tickets whose customer's answer is late (客户答复超时, SL-1).
// Data: GET /api/sla/orders (escalation.SlaMonitorController); refreshed every minute.
import {addStyle, el, formatTime, getJson, loadChartJs} from './callcentre-support.js';

const REFRESH_MS = 60 * 1000;

const STATE = {
  BREACHED: {name: '已超时', count: 'breached', label: 'label-danger', color: '#d9534f'},
  NEAR: {name: '临近时限', count: 'near', label: 'label-warning', color: '#f0ad4e'},
  PAUSED: {name: '暂停计时', count: 'paused', label: 'label-default', color: '#9e9e9e'}
};
const LEVEL_COLORS = ['#9e9e9e', '#f0ad4e', '#e8743b', '#c9302c'];

const CSS = `
.cc-sla { padding: 10px 15px 20px; }
.cc-sla h3 { margin: 0 0 4px; }
.cc-sla .cc-updated { color: #777; margin-bottom: 12px; }
.cc-sla .cc-error { color: #a94442; margin: 10px 0; }
.cc-sla .cc-counts { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 14px; }
.cc-sla .cc-count { border: 1px solid #ddd; border-radius: 4px; padding: 8px 16px; min-width: 120px; }
.cc-sla .cc-count b { display: block; font-size: 26px; line-height: 1.2; }
.cc-sla .cc-charts { display: flex; gap: 24px; flex-wrap: wrap; margin-bottom: 16px; }
.cc-sla .cc-chart { position: relative; height: 240px; flex: 1 1 380px; min-width: 300px; }
.cc-sla .cc-filters { margin-bottom: 8px; }
.cc-sla .cc-filters select { margin-right: 12px; }
.cc-sla td.cc-overdue { color: #a94442; font-weight: bold; }
.cc-sla td.cc-unclaimed { color: #a94442; }
`;

let refreshTimer = null;

function stop() {
  if (refreshTimer) {
    clearInterval(refreshTimer);
    refreshTimer = null;
  }
}

function render(node) {
  stop();
  addStyle('cc-sla-style', CSS);
  const updated = el('div', {class: 'cc-updated'}, '加载中…');
  const error = el('div', {class: 'cc-error', hidden: true});
  const counts = el('div', {class: 'cc-counts'});
  const byDepartment = el('canvas', {'aria-label': '各部门督办单时限情况'});
  const byLevel = el('canvas', {'aria-label': '各督办级别的督办单数'});
  const department = el('select', {class: 'form-control input-sm', 'aria-label': '部门'});
  const state = el('select', {class: 'form-control input-sm', 'aria-label': '状态'},
    el('option', {value: ''}, '全部状态'),
    Object.entries(STATE).map(([code, s]) => el('option', {value: code}, s.name)));
  const rows = el('tbody');
  const stepRows = el('tbody');
  const answerRows = el('tbody');
  const refresh = el('button', {type: 'button', class: 'btn btn-default btn-sm pull-right'}, '刷新');
  node.append(el('div', {class: 'cc-sla'},
    refresh,
    el('h3', null, 'SLA 监控'),
    updated,
    error,
    counts,
    el('div', {class: 'cc-charts'},
      el('div', {class: 'cc-chart'}, byDepartment),
      el('div', {class: 'cc-chart'}, byLevel)),
    el('div', {class: 'cc-filters form-inline'}, department, state),
    el('table', {class: 'table table-striped table-condensed'},
      el('thead', null, el('tr', null,
        ['工单号', '部门', '类别', '客户等级', '状态', '时限情况', '处理时限', '督办级别', '认领']
          .map(h => el('th', null, h)))),
      rows),
    el('h4', null, '中心环节超时'),
    el('table', {class: 'table table-striped table-condensed'},
      el('thead', null, el('tr', null,
        ['工单号', '环节', '经办人', '开始', '时限', '时限情况'].map(h => el('th', null, h)))),
      stepRows),
    el('h4', null, '客户答复超时'),
    el('table', {class: 'table table-striped table-condensed'},
      el('thead', null, el('tr', null,
        ['工单号', '类别', '客户等级', '首问责任人', '答复时限', '督办级别', '时限情况'].map(h => el('th', null, h)))),
      answerRows)));

  const charts = {};
  let board = null;

  function showRows() {
    rows.replaceChildren();
    const shown = board.orders.filter(o => (!department.value || o.department === department.value)
      && (!state.value || o.state === state.value));
    if (!shown.length) {
      rows.append(el('tr', null, el('td', {colspan: 9, class: 'text-muted'}, '当前没有临近或超过时限的督办单')));
    }
    shown.forEach(o => rows.append(row(o, board.zone)));
    stepRows.replaceChildren();
    if (!board.centreSteps.length) {
      stepRows.append(el('tr', null, el('td', {colspan: 6, class: 'text-muted'}, '当前没有超过时限的中心环节')));
    }
    board.centreSteps.forEach(step => stepRows.append(stepRow(step, board.zone)));
    answerRows.replaceChildren();
    if (!board.answers.length) {
      answerRows.append(el('tr', null, el('td', {colspan: 7, class: 'text-muted'}, '当前没有超过答复时限的工单')));
    }
    board.answers.forEach(answer => answerRows.append(answerRow(answer, board.zone)));
  }

  async function load() {
    try {
      board = await getJson('api/sla/orders');
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      updated.textContent = '';
      return;
    }
    error.hidden = true;
    updated.textContent = '更新于 ' + formatTime(board.generatedAt, board.zone) + '（' + board.zone
      + ' 时间，每分钟自动刷新）';
    showCounts(counts, board.summary);
    fillDepartments(department, board.summary.byDepartment);
    showRows();
    try {
      await drawCharts(charts, board.summary, byDepartment, byLevel);
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  }

  department.addEventListener('change', showRows);
  state.addEventListener('change', showRows);
  refresh.addEventListener('click', load);
  load();
  refreshTimer = setInterval(() => {
    // The dashboard was left without unmount: stop polling.
    if (!node.isConnected) {
      stop();
      return;
    }
    load();
  }, REFRESH_MS);
}

function showCounts(counts, summary) {
  counts.replaceChildren(...['BREACHED', 'NEAR', 'PAUSED'].map(code => el('div', {class: 'cc-count'},
      el('b', {style: 'color:' + STATE[code].color}, String(summary[STATE[code].count])),
      STATE[code].name)),
    ...summary.byEscalationLevel.filter(l => l.level > 0).map(l => el('div', {class: 'cc-count'},
      el('b', null, String(l.count)), l.levelName)),
    el('div', {class: 'cc-count'}, el('b', {style: 'color:' + STATE.BREACHED.color}, String(summary.centreBreached)),
      '中心环节超时'),
    el('div', {class: 'cc-count'}, el('b', {style: 'color:' + STATE.BREACHED.color}, String(summary.answersBreached)),
      '客户答复超时'));
}

function answerRow(answer, zone) {
  const link = '#/process-instance/' + encodeURIComponent(answer.processInstanceId) + '/runtime?tab=ticket-trail';
  return el('tr', null,
    el('td', null, el('a', {href: link, title: '打开流程实例'}, answer.ticketNo)),
    el('td', null, answer.categoryName || answer.category),
    el('td', null, (answer.vipLevelName || answer.vipLevel),
      answer.major ? [' ', el('span', {class: 'label label-danger'}, '重大')] : null),
    el('td', null, answer.owner),
    el('td', null, formatTime(answer.answerDeadline, zone)),
    el('td', null, answer.level > 0 ? '第' + answer.level + '级' : '—'),
    el('td', {class: 'cc-overdue'}, answer.clockText));
}

function stepRow(step, zone) {
  const link = '#/process-instance/' + encodeURIComponent(step.processInstanceId) + '/runtime?tab=ticket-trail';
  return el('tr', null,
    el('td', null, el('a', {href: link, title: '打开流程实例'}, step.ticketNo)),
    el('td', null, step.stepName),
    el('td', {class: step.assignee ? null : 'cc-unclaimed'}, step.assignee || '未认领'),
    el('td', null, formatTime(step.openedAt, zone)),
    el('td', null, formatTime(step.due, zone)),
    el('td', {class: 'cc-overdue'}, step.clockText));
}

function fillDepartments(select, departments) {
  const chosen = select.value;
  select.replaceChildren(el('option', {value: ''}, '全部部门'),
    ...departments.map(d => el('option', {value: d.department}, d.departmentName)));
  select.value = chosen;
}

function row(o, zone) {
  const link = '#/process-instance/' + encodeURIComponent(o.processInstanceId) + '/runtime?tab=ticket-trail';
  return el('tr', null,
    el('td', null, el('a', {href: link, title: '打开流程实例'}, o.ticketNo)),
    el('td', null, o.departmentName + (o.round > 1 ? '（第' + o.round + '轮）' : '')),
    el('td', null, o.categoryName || o.category),
    el('td', null, (o.vipLevelName || o.vipLevel), o.major ? [' ', el('span', {class: 'label label-danger'}, '重大')] : null),
    el('td', null, el('span', {class: 'label ' + STATE[o.state].label}, STATE[o.state].name)),
    el('td', {class: o.state === 'BREACHED' ? 'cc-overdue' : null}, o.clockText),
    el('td', null, formatTime(o.resolveDeadline, zone)),
    el('td', null, o.escalationLevel > 0 ? '第' + o.escalationLevel + '级' : '—'),
    el('td', {class: o.acknowledged ? null : 'cc-unclaimed'}, o.acknowledged ? o.acknowledgedBy : '未认领'));
}

async function drawCharts(charts, summary, byDepartment, byLevel) {
  const Chart = await loadChartJs();
  const departments = summary.byDepartment;
  const departmentData = {
    labels: departments.map(d => d.departmentName),
    datasets: ['BREACHED', 'NEAR', 'PAUSED'].map(code => ({
      label: STATE[code].name,
      backgroundColor: STATE[code].color,
      data: departments.map(d => d[STATE[code].count])
    }))
  };
  const levels = summary.byEscalationLevel;
  const levelData = {
    labels: levels.map(l => l.levelName),
    datasets: [{label: '督办单数', backgroundColor: levels.map(l => LEVEL_COLORS[l.level] || '#c9302c'),
      data: levels.map(l => l.count)}]
  };
  if (charts.department && charts.department.canvas === byDepartment) {
    charts.department.data = departmentData;
    charts.department.update();
    charts.level.data = levelData;
    charts.level.update();
    return;
  }
  const options = title => ({
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {title: {display: true, text: title}},
    scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}
  });
  charts.department = new Chart(byDepartment, {type: 'bar', data: departmentData, options: options('各部门')});
  const levelOptions = options('各督办级别');
  levelOptions.plugins.legend = {display: false};
  charts.level = new Chart(byLevel, {type: 'bar', data: levelData, options: levelOptions});
}

export default {
  id: 'sla-monitor',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render,
  unmount: stop,
  properties: {
    label: 'SLA 监控'
  }
};

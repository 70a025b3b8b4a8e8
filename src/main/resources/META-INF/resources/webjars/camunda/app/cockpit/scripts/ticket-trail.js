// Cockpit process-instance tab "工单轨迹" (CP-8): the ticket's whole history in time order:
// every step, the decisions taken for it, reminders, escalations, e-mails, pauses and resumes.
// Data: GET /api/complaints/by-instance/{processInstanceId}/history (complaint.TicketHistoryController).
import {addStyle, el, formatTime, getJson} from './callcentre-support.js';

// Colours of the kinds; red only for escalation (Cockpit's "primary" is its red brand colour).
const KIND_COLOR = {
  STEP: '#4f6b8a',
  DECISION: '#2f86b5',
  REMINDER: '#e09b2d',
  ESCALATION: '#c9302c',
  PAUSE: '#7a7a7a',
  RESUME: '#3c9a4b',
  MAIL: '#8a6d3b'
};

const STATUS = {
  REGISTERED: '已登记',
  AWAITING_DISPATCH: '待派单',
  AT_DEPARTMENTS: '部门处理中',
  AWAITING_REVIEW: '待审核回单',
  AWAITING_CALLBACK: '待回访',
  CALLBACK_RETRY_PENDING: '待再次回访',
  WITH_DUTY_LEADER: '值班长处理中',
  WITH_COMPLAINT_MANAGER: '投诉管理员协调中',
  ARCHIVED: '已归档',
  CLOSED_UNREACHABLE: '无法联系，已结案',
  MERGED: '已合并'
};

const CSS = `
.cc-trail { padding: 10px 0; }
.cc-trail .cc-facts { margin-bottom: 10px; }
.cc-trail .cc-facts span { margin-right: 18px; }
.cc-trail .cc-error { color: #a94442; }
.cc-trail td.cc-time, .cc-trail td.cc-outcome { white-space: nowrap; }
.cc-trail td.cc-title { min-width: 11em; }
.cc-trail td.cc-detail { white-space: pre-wrap; overflow-wrap: anywhere; }
.cc-trail .cc-kind { display: inline-block; min-width: 4.5em; text-align: center; color: #fff; }
.cc-trail .cc-filters select { display: inline-block; width: auto; margin-left: 8px; }
`;

function render(node, {processInstanceId}) {
  addStyle('cc-trail-style', CSS);
  const container = el('div', {class: 'cc-trail'}, el('div', {class: 'text-muted'}, '加载中…'));
  node.append(container);
  getJson('api/complaints/by-instance/' + encodeURIComponent(processInstanceId) + '/history')
    .then(history => show(container, history))
    .catch(e => container.replaceChildren(el('div', {class: 'cc-error'}, e.message)));
}

function show(container, history) {
  const zone = history.zone;
  const kind = el('select', {class: 'form-control input-sm', 'aria-label': '类型'},
    el('option', {value: ''}, '全部'),
    [...new Map(history.entries.map(e => [e.kind, e.kindName])).entries()]
      .map(([code, name]) => el('option', {value: code}, name)));
  const rows = el('tbody');
  const showRows = () => {
    rows.replaceChildren(...history.entries.filter(e => !kind.value || e.kind === kind.value).map(e =>
      el('tr', null,
        el('td', {class: 'cc-time'}, formatTime(e.at, zone, true)),
        el('td', null, el('span', {class: 'label cc-kind', style: 'background-color:' + (KIND_COLOR[e.kind] || '#777')},
          e.kindName)),
        el('td', {class: 'cc-title'}, e.title),
        el('td', null, e.actor === 'system' ? '系统' : e.actor),
        el('td', {class: 'cc-outcome'}, e.outcomeName || ''),
        el('td', {class: 'cc-detail'}, e.detail || ''))));
  };
  kind.addEventListener('change', showRows);
  container.replaceChildren(
    el('div', {class: 'cc-facts'},
      el('span', null, el('strong', null, '工单 ' + history.ticketNo)),
      el('span', null, '状态：' + (STATUS[history.status] || history.status)),
      el('span', null, '类别：' + (history.categoryName || history.category)),
      el('span', null, '客户等级：' + (history.vipLevelName || history.vipLevel)),
      history.major ? el('span', {class: 'label label-danger'}, '重大投诉') : null,
      el('span', null, '首问负责人：' + history.owner),
      el('span', null, '登记于 ' + formatTime(history.createdAt, zone, true)),
      history.closedAt ? el('span', null, '结案于 ' + formatTime(history.closedAt, zone, true)) : null),
    el('div', {class: 'cc-filters form-inline'}, '显示', kind, ' 共 ' + history.entries.length + ' 条'),
    el('table', {class: 'table table-striped table-condensed'},
      el('thead', null, el('tr', null, ['时间', '类型', '事项', '执行人', '结果', '说明'].map(h => el('th', null, h)))),
      rows));
  showRows();
}

export default {
  id: 'ticket-trail',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  // After the variables (20), before incidents (15): what a manager opens an instance for.
  priority: 17,
  render,
  properties: {
    label: '工单轨迹'
  }
};

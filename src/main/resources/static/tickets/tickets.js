// The ticket search page (issue 16): reads /api/tickets and /api/complaints/{ticketNo} with the
// Camunda webapps' session. No framework; every value is set as text, never as markup, so what
// staff typed shows as typed. Managers and directors link or merge the open ticket with another
// (POST /api/tickets/{ticketNo}/links) with the session's CSRF token, which /api hands to the
// page's reads in the X-XSRF-TOKEN header (the token's cookie is for /camunda only).
(function () {
  'use strict';

  var LOGIN = '/camunda/app/tasklist/';
  var JSON_HEADERS = {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
  var STATUS = {REGISTERED: '已登记', AWAITING_DISPATCH: '待派单', AT_DEPARTMENTS: '部门处理中',
    AWAITING_REVIEW: '待审核回单', WITH_COMPLAINT_MANAGER: '投诉管理员协调中', AWAITING_CALLBACK: '待回访',
    CALLBACK_RETRY_PENDING: '待再次回访', WITH_DUTY_LEADER: '值班长处理中', ARCHIVED: '已归档',
    CLOSED_UNREACHABLE: '无法联系，已结案', MERGED: '已合并'};
  var LINK = {LINKED: '关联工单', MERGED_INTO: '本工单已合并至', MERGED_FROM: '已并入本工单'};
  var CATEGORY = {NETWORK: '网络质量', BILLING: '计费账务', SERVICE_ATTITUDE: '服务态度', PRODUCT: '产品业务', OTHER: '其他'};
  var VIP = {NONE: '普通客户', SILVER: '银卡', GOLD: '金卡', DIAMOND: '钻石卡'};
  var CLOCK = {RUNNING: '计时中', PAUSED: '暂停（等待客户）', BREACHED: '已超时', ANSWERED: '已完成'};
  var NOT_OPENED = '请在任务列表中查看该工单的部门工单';
  var OUTCOME = {RESOLVED: '已回单', SENT_BACK: '退单', WITHDRAWN: '已撤回（工单合并）'};

  var form = document.getElementById('filters');
  var line = document.getElementById('status-line');
  var results = document.getElementById('results');
  var ticketSection = document.getElementById('ticket');
  var csv = document.getElementById('csv');
  var page = 0;
  var size = 20;
  var csrf = '';

  function say(text, problem, link) {
    line.textContent = text;
    line.className = problem ? 'status problem' : 'status';
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.textContent = '前往登录';
      line.appendChild(document.createTextNode(' '));
      line.appendChild(a);
    }
  }

  function query(withPage) {
    var parts = [];
    ['phone', 'ticketNo', 'status', 'category', 'department', 'from', 'to', 'text'].forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) {
        parts.push(name + '=' + encodeURIComponent(value));
      }
    });
    if (form.elements.mine.checked) {
      parts.push('owner=me');
    }
    if (form.elements.repeat.checked) {
      parts.push('repeat=true');
    }
    if (withPage) {
      parts.push('page=' + page, 'size=' + size);
    }
    return parts.join('&');
  }

  // One answer for every call: 401 asks to log in, a 4xx says the fields in Chinese.
  function read(url) {
    return fetch(url, {credentials: 'same-origin', headers: JSON_HEADERS}).then(function (response) {
      csrf = response.headers.get('X-XSRF-TOKEN') || csrf;
      if (response.status === 401) {
        say('您尚未登录或登录已过期。请先登录 Camunda（Tasklist 或 Cockpit），再刷新本页。', true, LOGIN);
        return null;
      }
      return response.json().then(function (body) {
        if (!response.ok) {
          var problems = (body.errors || []).map(function (e) { return e.field + '：' + e.message; }).join('；');
          say('查询未完成：' + (problems || body.message || ('HTTP ' + response.status)), true);
          return null;
        }
        return body;
      }, function () {
        say('查询未完成：HTTP ' + response.status, true);
        return null;
      });
    });
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function time(value) {
    return value ? new Date(value).toLocaleString('zh-CN', {hour12: false}) : '';
  }

  function search() {
    ticketSection.hidden = true;
    say('正在查询…');
    csv.href = '/api/tickets.csv?' + query(false);
    read('/api/tickets?' + query(true)).then(function (body) {
      if (!body) {
        results.hidden = true;
        return;
      }
      var tbody = document.querySelector('#items tbody');
      tbody.textContent = '';
      body.items.forEach(function (item) {
        var row = document.createElement('tr');
        // A ticket whose view the reader may not open (a department liaison's: mayOpen false) is shown
        // as text with where to read it, never as a row that ends in a 403.
        var opens = item.mayOpen !== false;
        var number = cell(row, item.ticketNo);
        if (opens) {
          row.className = 'pick';
          row.tabIndex = 0;
        } else {
          var hint = document.createElement('span');
          hint.className = 'hint';
          hint.textContent = NOT_OPENED;
          number.appendChild(document.createElement('br'));
          number.appendChild(hint);
        }
        cell(row, time(item.registeredAt));
        cell(row, STATUS[item.status] || item.status);
        cell(row, CATEGORY[item.category] || item.category);
        cell(row, VIP[item.vipLevel] || item.vipLevel);
        cell(row, item.owner);
        cell(row, (item.departments || []).join('、'));
        cell(row, item.customerPhone);
        if (opens) {
          row.addEventListener('click', function () { open(item.ticketNo); });
          row.addEventListener('keydown', function (e) { if (e.key === 'Enter') { open(item.ticketNo); } });
        }
        tbody.appendChild(row);
      });
      // A count that stopped at its limit is "at least": more pages may follow the last one counted.
      var exact = body.totalExact !== false;
      var pages = Math.max(1, Math.ceil(body.total / size));
      document.getElementById('page').textContent = exact
        ? '第 ' + (page + 1) + ' / ' + pages + ' 页，共 ' + body.total + ' 张工单'
        : '第 ' + (page + 1) + ' 页，超过 ' + body.total + ' 张工单（请加条件缩小范围）';
      document.getElementById('previous').disabled = page === 0;
      document.getElementById('next').disabled = exact && page + 1 >= pages;
      results.hidden = false;
      var anyOpens = body.items.some(function (item) { return item.mayOpen !== false; });
      say(body.total === 0 ? '没有符合条件的工单' : (anyOpens ? '点击工单查看详情' : NOT_OPENED));
    });
  }

  function fill(id, rows) {
    var tbody = document.querySelector('#' + id + ' tbody');
    tbody.textContent = '';
    rows.forEach(function (values) {
      var row = document.createElement('tr');
      values.forEach(function (value, i) {
        cell(row, value, i === values.length - 1 ? 'text' : null);
      });
      tbody.appendChild(row);
    });
  }

  function open(ticketNo) {
    say('正在打开 ' + ticketNo + '…');
    return read('/api/complaints/' + encodeURIComponent(ticketNo)).then(function (t) {
      if (!t) {
        return;
      }
      document.getElementById('ticket-title').textContent = '工单 ' + t.ticketNo + (t.major ? '（重大投诉）' : '');
      var facts = document.getElementById('facts');
      facts.textContent = '';
      [['状态', STATUS[t.status] || t.status], ['首问责任人', t.owner], ['类别', CATEGORY[t.category] || t.category],
        ['客户等级', VIP[t.vipLevel] || t.vipLevel], ['客户', t.customer.name + ' ' + t.customer.phone],
        ['登记时间', time(t.createdAt)], ['重复投诉', t.repeatOf || '否'], ['结案时间', time(t.closedAt)]]
        .forEach(function (pair) {
          var dt = document.createElement('dt');
          dt.textContent = pair[0];
          var dd = document.createElement('dd');
          dd.textContent = pair[1] || '';
          facts.appendChild(dt);
          facts.appendChild(dd);
        });
      document.getElementById('description').textContent = t.description;
      var clocks = [];
      if (t.customerClock && t.customerClock.answerDeadline) {
        clocks.push(['答复客户', time(t.customerClock.answerDeadline), CLOCK[t.customerClock.state] || '',
          t.customerClock.level || '']);
      }
      t.orders.forEach(function (o) {
        clocks.push([o.departmentName + '回单（第 ' + o.round + ' 轮）', time(o.clocks.resolveDeadline),
          CLOCK[o.clocks.state] || '', o.clocks.escalationLevel || '']);
      });
      t.currentSteps.forEach(function (s) {
        if (s.due) {
          clocks.push([s.name, time(s.due), s.clock === 'BREACHED' ? '已超时' : '计时中', '']);
        }
      });
      fill('clocks', clocks);
      fill('orders', t.orders.map(function (o) {
        var receipt = [o.receipt, o.receiptCause && '原因：' + o.receiptCause, o.receiptMeasures && '措施：' + o.receiptMeasures]
          .filter(Boolean).join('；');
        return [o.round, o.departmentName, OUTCOME[o.outcome] || '未回单',
          o.outcome === 'SENT_BACK' ? o.sendBackReason : receipt, o.answeredBy || ''];
      }));
      showLinks(t.links || []);
      linkFormFor(t);
      fill('trail', t.trail.map(function (e) {
        return [time(e.occurredAt), e.stepName, e.actor, e.outcomeName || '', e.detail || ''];
      }));
      notesOf(t.ticketNo);
      ticketSection.hidden = false;
      say('');
      ticketSection.scrollIntoView();
    });
  }

  /** The ticket's notes and files (ticketnote package); a reader who may not see them is told so. */
  function notesOf(ticketNo) {
    var base = '/api/tickets/' + encodeURIComponent(ticketNo) + '/';
    var status = document.getElementById('notes-status');
    fill('notes', []);
    fill('attachments', []);
    status.textContent = '正在读取备注与附件…';
    var get = function (what) {
      return fetch(base + what, {credentials: 'same-origin', headers: JSON_HEADERS}).then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error(body.message || ('HTTP ' + response.status));
          }
          return body;
        });
      });
    };
    Promise.all([get('notes'), get('attachments')]).then(function (both) {
      fill('notes', both[0].items.map(function (n) { return [time(n.createdAt), n.author, n.text]; }));
      var tbody = document.querySelector('#attachments tbody');
      both[1].items.forEach(function (f) {
        var row = document.createElement('tr');
        var link = document.createElement('a');
        link.href = base + 'attachments/' + f.id;
        link.setAttribute('download', f.fileName);
        link.textContent = f.fileName;
        cell(row, '').appendChild(link);
        cell(row, f.contentType);
        cell(row, f.size >= 1048576 ? (f.size / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(f.size / 1024)) + ' KB');
        cell(row, f.uploadedBy);
        cell(row, time(f.uploadedAt));
        tbody.appendChild(row);
      });
      status.textContent = both[0].items.length || both[1].items.length ? '' : '暂无备注和附件（可在任务表单的“备注与附件”中添加）';
    }, function (e) {
      status.textContent = '备注与附件：' + e.message;
    });
  }

  // Issue 16: the tickets linked to this one or merged with it; each number opens that ticket.
  function showLinks(links) {
    document.getElementById('links-title').hidden = links.length === 0;
    var table = document.getElementById('links');
    table.hidden = links.length === 0;
    var tbody = table.querySelector('tbody');
    tbody.textContent = '';
    links.forEach(function (l) {
      var row = document.createElement('tr');
      cell(row, LINK[l.kind] || l.kind);
      var td = document.createElement('td');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = l.ticketNo;
      button.addEventListener('click', function () { open(l.ticketNo); });
      td.appendChild(button);
      row.appendChild(td);
      cell(row, l.linkedBy);
      cell(row, time(l.linkedAt));
      cell(row, l.reason, 'text');
      tbody.appendChild(row);
    });
  }

  // Issue 16: 关联/合并工单, for those the ticket's view says may (t.mayLink); the API checks again.
  // MERGE: the open ticket is the duplicate; it ends, merged into the one typed (asked to confirm).
  var linkBox = document.getElementById('link-box');
  var linkForm = document.getElementById('link-form');
  var linkStatus = document.getElementById('link-status');
  var mergeConfirm = document.getElementById('merge-confirm');
  var linkTicket = null;

  function linkSay(text, problem) {
    linkStatus.textContent = text;
    linkStatus.className = problem ? 'status problem' : 'status';
  }

  function linkKind() {
    return linkForm.querySelector('input[name=kind]:checked').value;
  }

  function linkFormFor(t) {
    linkBox.hidden = !t.mayLink;
    if (linkTicket !== t.ticketNo) {
      linkForm.reset();
    }
    linkTicket = t.ticketNo;
    linkForm.querySelector('.this-ticket').textContent = t.ticketNo;
    document.getElementById('caller-check').hidden = linkKind() !== 'MERGE';
    mergeConfirm.hidden = true;
    linkSay('');
  }

  function linkBody() {
    var body = {otherTicketNo: linkForm.elements.otherTicketNo.value.trim(), kind: linkKind(),
      reason: linkForm.elements.reason.value.trim()};
    if (body.kind === 'MERGE') {
      body.callerConfirmed = linkForm.elements.callerConfirmed.checked;
    }
    return body;
  }

  function sendLink() {
    var ticketNo = linkTicket;
    var body = linkBody();
    var buttons = linkForm.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    mergeConfirm.hidden = true;
    linkSay('正在提交…');
    fetch('/api/tickets/' + encodeURIComponent(ticketNo) + '/links', {method: 'POST', credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest',
        'X-XSRF-TOKEN': csrf}, body: JSON.stringify(body)}).then(function (response) {
      if (response.status === 401) {
        return '您尚未登录或登录已过期。请先登录 Camunda（Tasklist 或 Cockpit），再刷新本页。';
      }
      return response.json().then(function (answer) {
        if (response.ok) {
          return null;
        }
        var problems = (answer.errors || []).map(function (e) { return e.field + '：' + e.message; }).join('；');
        return problems || answer.message || ('HTTP ' + response.status);
      }, function () {
        return 'HTTP ' + response.status;
      });
    }).then(function (problem) {
      buttons.forEach(function (b) { b.disabled = false; });
      if (problem) {
        linkSay('未能提交：' + problem, true);
        return;
      }
      var done = body.kind === 'MERGE' ? '本工单已合并至 ' + body.otherTicketNo : '已与 ' + body.otherTicketNo + ' 关联';
      linkForm.reset();
      open(ticketNo).then(function () { linkSay(done); });
    }, function () {
      buttons.forEach(function (b) { b.disabled = false; });
      linkSay('未能提交：网络错误，请稍后再试', true);
    });
  }

  linkForm.addEventListener('change', function () {
    document.getElementById('caller-check').hidden = linkKind() !== 'MERGE';
    mergeConfirm.hidden = true;
  });
  linkForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var body = linkBody();
    if (body.kind !== 'MERGE') {
      sendLink();
      return;
    }
    document.getElementById('merge-question').textContent = '确认把本工单 ' + linkTicket + ' 作为重复工单并入 '
      + body.otherTicketNo + '？本工单将结束（已合并），其未完成的任务和督办单撤回，合并后不能撤销；'
      + body.otherTicketNo + ' 照常办理，两张工单的轨迹都保留。';
    mergeConfirm.hidden = false;
    linkSay('');
  });
  document.getElementById('merge-yes').addEventListener('click', sendLink);
  document.getElementById('merge-no').addEventListener('click', function () {
    mergeConfirm.hidden = true;
    linkSay('已取消合并');
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    page = 0;
    search();
  });
  document.getElementById('previous').addEventListener('click', function () { page -= 1; search(); });
  document.getElementById('next').addEventListener('click', function () { page += 1; search(); });
  var wanted = new URLSearchParams(window.location.search).get('ticketNo');
  if (wanted) {
    form.elements.ticketNo.value = wanted;
  }
  form.elements.mine.checked = !wanted;
  search();
}());

// The "show number" page of the callback and customer-information forms (CP-9): asks
// /api/tasks/{task}/customer-contact with the Tasklist session only when the worker clicks, and
// shows the answer as text. The server decides who may see it and records each read.
(function () {
  'use strict';

  var task = new URLSearchParams(window.location.search).get('task') || '';
  var status = document.getElementById('status');

  function say(text) {
    status.textContent = text;
  }

  document.getElementById('show').addEventListener('click', function () {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(task)) {
      say('链接中缺少任务编号，请从任务表单中打开本页。');
      return;
    }
    say('正在读取…');
    fetch('/api/tasks/' + encodeURIComponent(task) + '/customer-contact', {
      credentials: 'same-origin', cache: 'no-store',
      headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(response.status === 401 ? '请先登录任务列表（Tasklist）。' : (body.message || '无法显示号码。'));
        }
        return body;
      });
    }).then(function (contact) {
      document.getElementById('ticket').textContent = contact.ticketNo;
      document.getElementById('name').textContent = contact.customerName;
      var phone = document.getElementById('phone');
      phone.textContent = contact.customerPhone;
      phone.href = 'tel:' + contact.customerPhone.replace(/[^0-9+]/g, '');
      document.getElementById('contact').hidden = false;
      say('本次查看已记录。');
    }).catch(function (problem) {
      say(problem.message);
    });
  });
}());

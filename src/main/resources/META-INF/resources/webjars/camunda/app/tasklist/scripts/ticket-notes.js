// Tasklist task tab "备注与附件" (issue 16): on every task of a ticket (process complaint-handling),
// its internal notes and files, and a form to add a note or upload a file. Data: the application's
// /api/tickets/{ticketNo}/notes and /attachments (ticketnote.TicketNoteController) with the Tasklist
// session; writes carry the session's CSRF token (X-XSRF-TOKEN), which /api asks of a session write.
// Self-contained: shares no module with other scripts. Free text is shown as typed (text nodes only).

// This module is /<context>/camunda/app/tasklist/scripts/…: the application's root is four levels up.
const ROOT = new URL('../../../../', import.meta.url);
const PROCESS = 'complaint-handling';
const TYPE_NAMES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG 图片',
  'image/jpeg': 'JPEG 图片',
  'text/plain': '文本',
  'audio/mpeg': 'MP3 录音',
  'audio/wav': 'WAV 录音',
  'audio/mp4': 'M4A 录音'
};

const CSS = `
.cc-notes { padding: 10px 0; }
.cc-notes h4 { margin: 14px 0 6px; }
.cc-notes .cc-error { color: #a94442; }
.cc-notes .cc-ok { color: #3c763d; }
.cc-notes ul { list-style: none; padding: 0; }
.cc-notes li { border-bottom: 1px solid #eee; padding: 6px 0; }
.cc-notes .cc-meta { color: #777; font-size: 12px; }
.cc-notes .cc-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.cc-notes textarea { width: 100%; min-height: 4em; }
`;

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function call(url, options) {
  let response;
  try {
    response = await fetch(url, Object.assign({credentials: 'same-origin'}, options));
  } catch (e) {
    throw new Error('无法连接服务器，请稍后重试');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && body.errors && body.errors.length ? '：' + body.errors.map(e => e.message).join('；') : '';
    const message = body && body.message ? body.message : '请求失败（' + response.status + '）';
    throw new Error(response.status === 401 ? '登录已过期，请重新登录' : message + (detail.includes(message) ? '' : detail));
  }
  return body;
}

/** The ticket number of a task of complaint-handling, else null (the tab then says so). */
async function ticketOf(api, taskId) {
  const engineApi = (api && api.engineApi) || new URL('camunda/api/engine', ROOT).href;
  const engine = (api && api.engine) || 'default';
  const base = engineApi.replace(/\/$/, '') + '/engine/' + encodeURIComponent(engine) + '/task/' + encodeURIComponent(taskId);
  const task = await call(base, {headers: {Accept: 'application/json'}});
  if (!task.processDefinitionId || task.processDefinitionId.split(':')[0] !== PROCESS) {
    return null;
  }
  const variable = await call(base + '/variables/ticketNo', {headers: {Accept: 'application/json'}});
  return variable && variable.value ? String(variable.value) : null;
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString('zh-CN', {hour12: false}) : '';
}

function size(bytes) {
  return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

async function show(node, api, ticketNo) {
  const path = new URL('api/tickets/' + encodeURIComponent(ticketNo) + '/', ROOT);
  const [notes, files] = await Promise.all([
    call(new URL('notes', path), {headers: {Accept: 'application/json'}}),
    call(new URL('attachments', path), {headers: {Accept: 'application/json'}})
  ]);
  const status = el('p', {'aria-live': 'polite'});
  const noteText = el('textarea', {class: 'form-control', maxlength: '2000', 'aria-label': '备注内容'});
  const fileInput = el('input', {type: 'file', 'aria-label': '选择文件', accept: files.types.join(',')});
  const say = (text, ok) => {
    status.className = ok ? 'cc-ok' : 'cc-error';
    status.textContent = text;
  };
  const addNote = el('button', {type: 'button', class: 'btn btn-default'}, '添加备注');
  addNote.addEventListener('click', async () => {
    try {
      await call(new URL('notes', path), {
        method: 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api)},
        body: JSON.stringify({text: noteText.value})
      });
      await render(node, {api, ticketNo}, '备注已添加');
    } catch (e) {
      say(e.message, false);
    }
  });
  const upload = el('button', {type: 'button', class: 'btn btn-default'}, '上传文件');
  upload.addEventListener('click', async () => {
    if (!fileInput.files.length) {
      say('请选择要上传的文件', false);
      return;
    }
    const form = new FormData();
    form.append('file', fileInput.files[0]);
    try {
      await call(new URL('attachments', path), {
        method: 'POST',
        headers: {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api)},
        body: form
      });
      await render(node, {api, ticketNo}, '文件已上传');
    } catch (e) {
      say(e.message, false);
    }
  });
  node.replaceChildren(el('div', {class: 'cc-notes'},
    el('p', null, '工单 ' + ticketNo + ' 的内部备注与附件（仅内部可见，勿记录与处理无关的客户个人信息）'),
    el('h4', null, '备注'),
    notes.items.length
      ? el('ul', null, notes.items.map(n => el('li', null,
          el('div', {class: 'cc-meta'}, n.author + ' · ' + time(n.createdAt)),
          el('div', {class: 'cc-text'}, n.text))))
      : el('p', null, '暂无备注'),
    noteText, addNote,
    el('h4', null, '附件'),
    files.items.length
      ? el('ul', null, files.items.map(f => el('li', null,
          el('a', {href: new URL('attachments/' + f.id, path).href, download: f.fileName}, f.fileName),
          el('span', {class: 'cc-meta'}, ' ' + (TYPE_NAMES[f.contentType] || f.contentType) + ' · ' + size(f.size)
            + ' · ' + f.uploadedBy + ' · ' + time(f.uploadedAt)))))
      : el('p', null, '暂无附件'),
    el('p', {class: 'cc-meta'}, '允许的类型：' + files.types.map(t => TYPE_NAMES[t] || t).join('、')
      + '；每个文件最大 ' + size(files.maxSize)),
    fileInput, upload, status));
}

async function render(node, {api, taskId, ticketNo}, done) {
  if (!document.getElementById('cc-notes-style')) {
    document.head.append(el('style', {id: 'cc-notes-style'}, CSS));
  }
  try {
    const number = ticketNo || (await ticketOf(api, taskId));
    if (!number) {
      node.replaceChildren(el('p', {class: 'cc-notes'}, '此任务不属于投诉工单，没有备注与附件'));
      return;
    }
    await show(node, api, number);
    if (done) {
      const status = node.querySelector('[aria-live]');
      status.className = 'cc-ok';
      status.textContent = done;
    }
  } catch (e) {
    node.replaceChildren(el('p', {class: 'cc-notes cc-error'}, e.message));
  }
}

export default {
  id: 'ticket-notes',
  pluginPoint: 'tasklist.task.detail',
  priority: 5,
  render: (node, {api, taskId}) => render(node, {api, taskId}),
  properties: {
    label: '备注与附件'
  }
};

// Tasklist: the caller's history in the start form of 投诉处理 (issue 16, CP-3). Camunda Forms cannot
// call an API, so this script watches for the intake form (the one with the fields customerPhone and
// repeatOf, forms/complaint-intake.form): when the agent has entered a whole number, it asks
// POST /api/caller-history (search.CallerHistoryController; the number in the body, never in a URL;
// with Tasklist's session and its CSRF token), shows the caller's tickets of the window in a panel
// below the number and prefills 重复投诉的原工单号 (repeatOf) with the proposal. The agent may clear it
// or pick another; once they have typed there themselves, it is theirs and is never overwritten.
// Every lookup is recorded for the quality inspector (CP-9). Self-contained: imports nothing, adds
// no Tasklist plugin (exports none), so other scripts of config.js are unaffected.

// This module is /<context>/camunda/app/tasklist/scripts/…: the application's root is four levels up.
const ROOT = new URL('../../../../', import.meta.url);
const ENDPOINT = new URL('api/caller-history', ROOT);
// A whole number as an agent may type it (complaint.ComplaintIntake.PHONE_AS_TYPED: also grouped, or
// with +86 / 0086 in front, which the lookup treats as the same number); nothing less is looked up.
const PHONE = /^(?:(?:\+ ?|00)86[- ]?(?:1[3-9]\d(?:[- ]?\d{4}){2}|[1-9]\d{1,2}[- ]?\d{7,8})|1[3-9]\d(?:[- ]?\d{4}){2}|0\d{2,3}[- ]?\d{7,8})$/;
const PANEL_ID = 'callcentre-caller-history';

// The category select's labels as the codes the API takes: form-js keeps the shown label, not the
// value, in the select's input. The same pairs as forms/complaint-intake.form (a test compares them).
const CATEGORY = {
  网络质量: 'NETWORK',
  计费账务: 'BILLING',
  服务态度: 'SERVICE_ATTITUDE',
  产品业务: 'PRODUCT',
  其他: 'OTHER'
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
  CLOSED_UNREACHABLE: '无法联系，已结案'
};

const STYLE = `
#${PANEL_ID} { margin: 4px 0 12px; padding: 8px 10px; border: 1px solid #d0d7de; border-radius: 4px;
  background: #f7f9fb; font-size: 13px; }
#${PANEL_ID} .ch-title { font-weight: bold; margin-bottom: 4px; }
#${PANEL_ID} table { width: 100%; border-collapse: collapse; }
#${PANEL_ID} td, #${PANEL_ID} th { padding: 2px 6px; text-align: left; border-bottom: 1px solid #e3e8ee; }
#${PANEL_ID} tr.ch-proposed td { background: #fff4d6; }
#${PANEL_ID} .ch-open { color: #c9302c; }
#${PANEL_ID} .ch-hint { color: #555; margin-top: 4px; }
#${PANEL_ID} button { margin-left: 6px; font-size: 12px; padding: 0 6px; }
`;

/** An element with attributes and children; strings become text nodes (never markup). */
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

function addStyle() {
  if (!document.getElementById(PANEL_ID + '-style')) {
    document.head.append(el('style', {id: PANEL_ID + '-style'}, STYLE));
  }
}

/** 2030年3月6日 17:40 in the browser's zone (the centre's). */
function formatTime(iso) {
  const d = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 ' + two(d.getHours()) + ':' +
    two(d.getMinutes());
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The input of a form-js field by its id in the form (ids end in the field's id). */
function input(form, fieldId) {
  return form.querySelector('input[id$="-' + fieldId + '"], textarea[id$="-' + fieldId + '"]');
}

/** The code of the category shown in the select, or null. */
function category(form) {
  const field = form.querySelector('[id*="-Field_category"]');
  const box = field && field.closest('.fjs-form-field');
  if (!box) {
    return null;
  }
  const shown = box.querySelector('.fjs-select-display, .fjs-input');
  const text = ((shown && (shown.value || shown.textContent)) || '').trim();
  return CATEGORY[text] || null;
}

/** Sets an input so that form-js (Preact) takes the value: the native setter, then an input event. */
function setValue(field, value) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', {bubbles: true}));
  field.dispatchEvent(new Event('change', {bubbles: true}));
}

class IntakeForm {
  constructor(form, phone, repeatOf) {
    this.form = form;
    this.phone = phone;
    this.repeatOf = repeatOf;
    this.prefilled = null; // what this script put in repeatOf
    this.agentTyped = false; // the agent typed in repeatOf: never overwrite it
    this.asked = null; // phone|category of the last lookup
    this.timer = null;
    this.panel = el('div', {id: PANEL_ID, 'aria-live': 'polite', hidden: true});
    const box = phone.closest('.fjs-form-field') || phone.parentElement;
    box.after(this.panel);
    phone.addEventListener('input', () => this.soon());
    phone.addEventListener('change', () => this.soon());
    repeatOf.addEventListener('input', e => {
      if (e.isTrusted) {
        this.agentTyped = true;
      }
    });
    // The category is a form-js dropdown, not an input: watch what it shows.
    const categoryBox = form.querySelector('[id*="-Field_category"]');
    if (categoryBox && categoryBox.closest('.fjs-form-field')) {
      new MutationObserver(() => this.soon()).observe(categoryBox.closest('.fjs-form-field'),
        {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value']});
    }
    this.soon();
  }

  soon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.lookUp(), 400);
  }

  async lookUp() {
    const phone = this.phone.value.trim();
    if (!PHONE.test(phone)) {
      this.asked = null;
      this.panel.hidden = true;
      return;
    }
    const code = category(this.form);
    const key = phone + '|' + code;
    if (key === this.asked) {
      return;
    }
    this.asked = key;
    let answer;
    try {
      const response = await fetch(ENDPOINT, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'X-Requested-With': 'XMLHttpRequest',
          'X-XSRF-TOKEN': csrfToken()
        },
        body: JSON.stringify({phone, category: code})
      });
      answer = await response.json().catch(() => null);
      if (!response.ok) {
        const message = (answer && answer.message) || '请求失败（' + response.status + '）';
        if (response.status === 403) {
          // Not an intake role: nothing to show, nothing to propose.
          this.panel.hidden = true;
          return;
        }
        throw new Error(message);
      }
    } catch (e) {
      this.asked = null;
      this.show([el('div', {class: 'ch-hint'}, '无法查询来电客户的历史工单：' + e.message)]);
      return;
    }
    if (key !== this.asked) {
      return; // the agent has typed on meanwhile
    }
    this.render(answer);
    this.propose(answer.proposedRepeatOf);
  }

  render(answer) {
    const tickets = answer.earlierTickets || [];
    if (tickets.length === 0) {
      this.show([el('div', {class: 'ch-title'}, '来电客户近期工单：无')]);
      return;
    }
    const rows = tickets.map(t => el('tr', {class: t.proposedRepeat ? 'ch-proposed' : null, 'data-ticket': t.ticketNo},
      el('td', null, t.ticketNo),
      el('td', null, t.categoryName || t.category),
      el('td', {class: t.open ? 'ch-open' : null}, (STATUS[t.status] || t.status) + (t.open ? '（未结）' : '')),
      el('td', null, formatTime(t.registeredAt)),
      el('td', null, t.proposedRepeat ? '建议为原工单' : '',
        this.button('设为原工单', () => this.choose(t.ticketNo)))));
    this.show([
      el('div', {class: 'ch-title'}, '来电客户近期工单（' + tickets.length + ' 张，最新在前）'),
      el('table', null,
        el('thead', null, el('tr', null, ['工单号', '问题类别', '状态', '登记时间', ''].map(h => el('th', null, h)))),
        el('tbody', null, rows)),
      el('div', {class: 'ch-hint'},
        answer.proposedRepeatOf ? '已按建议填入“重复投诉的原工单号”，请与客户确认；不是重复投诉请清除。' : '无建议的原工单。',
        this.button('清除原工单号', () => this.choose('')))
    ]);
  }

  button(text, action) {
    const b = el('button', {type: 'button', class: 'btn btn-default btn-xs'}, text);
    b.addEventListener('click', e => {
      e.preventDefault();
      action();
    });
    return b;
  }

  show(children) {
    this.panel.replaceChildren(...children);
    this.panel.hidden = false;
  }

  /** The agent's choice from the panel: theirs from now on. */
  choose(ticketNo) {
    this.agentTyped = true;
    setValue(this.repeatOf, ticketNo);
  }

  /** Prefills repeatOf unless the agent has made it theirs. */
  propose(ticketNo) {
    const current = this.repeatOf.value.trim();
    if (this.agentTyped || (current !== '' && current !== this.prefilled)) {
      return;
    }
    this.prefilled = ticketNo || '';
    if (current !== this.prefilled) {
      setValue(this.repeatOf, this.prefilled);
    }
  }
}

function attach() {
  document.querySelectorAll('.fjs-form').forEach(form => {
    if (form.dataset.callerHistory) {
      return;
    }
    const phone = input(form, 'Field_customerPhone');
    const repeatOf = input(form, 'Field_repeatOf');
    if (phone && repeatOf) {
      form.dataset.callerHistory = 'on';
      addStyle();
      new IntakeForm(form, phone, repeatOf);
    }
  });
}

new MutationObserver(attach).observe(document.documentElement, {childList: true, subtree: true});
attach();

// A module Tasklist imports for its side effect: no plugin of its own.
export default [];

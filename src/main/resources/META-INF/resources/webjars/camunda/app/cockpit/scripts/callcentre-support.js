// What the call centre's Cockpit plugins share: the application's /api, dates in
// the business zone, safe DOM building and Chart.js. Imported by sla-monitor.js and
// ticket-trail.js; not a plugin itself, so not listed in config.js. Names of codes (category,
// customer level, department) are data: the /api answers carry them (categoryName, ...).

// This module is /<context>/camunda/app/cockpit/scripts/…: the application's root is four levels
// up, whatever the context path.
const ROOT = new URL('../../../../', import.meta.url);

/** GET of the application's /api with the Cockpit session; rejects with the API's Chinese message. */
export async function getJson(path) {
  let response;
  try {
    response = await fetch(new URL(path, ROOT), {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    });
  } catch (e) {
    throw new Error('无法连接服务器，请稍后重试');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const fallback = response.status === 401 ? '登录已过期，请重新登录' : '请求失败（' + response.status + '）';
    throw new Error((body && body.message) || fallback);
  }
  return body;
}

/** 3月6日 17:40, or with the year 2030年3月6日 17:40, in the given time zone. */
export function formatTime(iso, zone, withYear) {
  if (!iso) {
    return '';
  }
  const parts = {};
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  })
    .formatToParts(new Date(iso))
    .forEach(p => (parts[p.type] = p.value));
  return (withYear ? parts.year + '年' : '') + parts.month + '月' + parts.day + '日 ' + parts.hour + ':' + parts.minute;
}

/**
 * An element with attributes and children (strings become text nodes): never innerHTML, since
 * details are what staff typed.
 */
export function el(tag, attributes, ...children) {
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

/** A style sheet added to the page once. */
export function addStyle(id, css) {
  if (!document.getElementById(id)) {
    document.head.append(el('style', {id}, css));
  }
}

let chartJs = null;

/** Chart.js, served by the application from its webjar, loaded once into window.Chart. */
export function loadChartJs() {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }
  if (!chartJs) {
    chartJs = new Promise((resolve, reject) => {
      const script = el('script', {src: new URL('webjars/chart.js/dist/chart.umd.js', ROOT).href});
      script.onload = () => resolve(window.Chart);
      script.onerror = () => {
        chartJs = null;
        reject(new Error('图表库加载失败'));
      };
      document.head.append(script);
    });
  }
  return chartJs;
}

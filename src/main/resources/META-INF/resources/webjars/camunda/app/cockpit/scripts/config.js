// Cockpit's configuration, served by the application in place of the one in Camunda's webjar.
// That one sets nothing (every entry is commented out), so every setting not named here keeps
// Camunda's default. What the plugins show: docs/cockpit.md.
export default {
  // The name in the header, after the vendor (Camunda); docs/glossary.md.
  app: {
    name: '流程监控'
  },
  locales: {
    // Staff work in Chinese (locales/zh-CN.json, our own); a browser asking for English gets
    // English. Matched on a browser's first language without its region ("zh", "en"), else the
    // fallback: a Chinese browser, or one with no preference, gets zh-CN.
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },
  // Frontend plugins: ES modules, relative to /camunda/app/cockpit/.
  customScripts: [
    'scripts/sla-monitor.js', // dashboard: SLA 监控
    'scripts/ticket-trail.js' // process instance: tab 工单轨迹
  ]
};

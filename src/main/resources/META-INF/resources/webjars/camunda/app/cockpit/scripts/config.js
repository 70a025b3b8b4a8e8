// Cockpit's configuration, served by the application in place of the one in Camunda's webjar.
// That one sets nothing (every entry is commented out), so every setting not named here keeps
// Camunda's default. What the plugins show: docs/cockpit.md.
export default {
  // Frontend plugins: ES modules, relative to /camunda/app/cockpit/.
  customScripts: [
    'scripts/sla-monitor.js', // dashboard: SLA 监控
    'scripts/ticket-trail.js' // process instance: tab 工单轨迹
  ]
};

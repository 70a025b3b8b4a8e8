// Tasklist's configuration, served by the application in place of the one in Camunda's webjar.
// Staff work in Chinese (locales/zh-CN.json, our own: Camunda ships en and de only); a browser
// asking for English gets English. Everything else keeps the webjar's defaults, including its
// keyboard shortcuts (same keys; descriptions in Chinese, as the shortcut help shows them).
export default {
  // The name in the header, after the vendor (Camunda); docs/glossary.md.
  app: {
    name: '任务列表'
  },
  locales: {
    // Tasklist matches a browser's first language without its region ("zh", "en") and otherwise
    // falls back: so a Chinese browser, or one with no preference, gets zh-CN.
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },
  // Frontend plugins: ES modules, relative to /camunda/app/tasklist/ (docs/cockpit.md). One entry
  // a line, each self-contained (no module shared between them).
  customScripts: [
    'scripts/caller-history.js', // start form 投诉处理: the tickets of the caller, repeatOf proposed (CP-3)
    'scripts/ticket-notes.js' // task: tab 备注与附件 (ticketnote package)
  ],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到过滤器列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};

// Admin's configuration, served by the application in place of the one in Camunda's webjar
// (which sets nothing). Staff work in Chinese (locales/zh-CN.json, our own); a browser asking
// for English gets English; every other setting keeps Camunda's default.
export default {
  // The name in the header, after the vendor (Camunda); docs/glossary.md.
  app: {
    name: '系统管理'
  },
  locales: {
    // Matched on a browser's first language without its region ("zh", "en"), else the fallback:
    // a Chinese browser, or one with no preference, gets zh-CN.
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  }
};

// Entry module: every export becomes a top-level Apps Script function in dist/Code.js.
// Nothing here may call a service at load time: Apps Script runs this on every execution.
export {
  onOpen,
  onInstall,
  showSidebar,
  menuVoidSelected,
  menuRegenerateSelected,
  menuApplyCredit,
  menuResetAccounting,
  menuSetUpWorkbook,
} from './menu';
export { revoiceCustomerCredit } from './credit';
export { revoiceSelection, revoiceSelectInvoice } from './selection';
export { revoicePreview } from './preview';
export { revoiceApply } from './apply';
export { revoiceSetup } from './setup';
export { revoiceColumns, revoiceSaveColumnMapping } from './columns';
export { revoiceHistory } from './history';
export { revoiceAccountingColumns, revoiceSaveAccountingColumns } from './accounting';

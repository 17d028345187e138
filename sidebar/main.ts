// Placeholder client until the sidebar issue lands: shows the current selection.
document.addEventListener('DOMContentLoaded', () => {
  const app = document.getElementById('app');
  if (app) app.textContent = 'Revoice: select invoices in the Invoices sheet.';
});

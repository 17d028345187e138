// examples/ledger.ts
import Decimal from "decimal.js";
var date = (iso) => ({ date: iso });
var Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
var money = (value) => value.toDecimalPlaces(2).toNumber();
var INVOICE_HEADER = [
  "Invoice ID",
  "Reference",
  "Customer",
  "Period Start",
  "Period End",
  "Issue Date",
  "Due Date",
  "Currency",
  "Status",
  "Subtotal",
  "Tax",
  "Total",
  "Accounting ID"
];
var LINE_HEADER = [
  "Invoice ID",
  "Kind",
  "Description",
  "Quantity",
  "Unit Price",
  "Amount",
  "Tax Rate",
  "Source"
];
var PAYMENT_HEADER = ["Payment ID", "Invoice ID", "Date", "Amount", "Method", "Note"];
var SCHEDULE_HEADER = [
  "Customer",
  "Kind",
  "Description",
  "Frequency",
  "Days",
  "Units",
  "Rate",
  "Effective From",
  "Effective To",
  "Tax Rate"
];
var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
function countDays(from, to, days2, closed = []) {
  const wanted = new Set(days2.split(",").map((d) => WEEKDAYS.indexOf(d.trim())));
  let count = 0;
  for (let t = Date.parse(from); t <= Date.parse(to); t += 864e5) {
    const iso = new Date(t).toISOString().slice(0, 10);
    if (wanted.has(new Date(t).getUTCDay()) && !closed.includes(iso)) count++;
  }
  return count;
}
function weeks(from, to, units = 1) {
  const days2 = (Date.parse(to) - Date.parse(from)) / 864e5 + 1;
  return new Dec(days2).div(7).times(units).toDecimalPlaces(4).toNumber();
}
function buildInvoices(specs) {
  const invoices = [[...INVOICE_HEADER]];
  const lines = [[...LINE_HEADER]];
  const totals = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    let subtotal = new Dec(0);
    let tax = new Dec(0);
    for (const line2 of spec.lines) {
      const amount = new Dec(line2.quantity).times(line2.unitPrice).toDecimalPlaces(2);
      subtotal = subtotal.plus(amount);
      tax = tax.plus(amount.times(line2.taxRate ?? 0).toDecimalPlaces(2));
      lines.push([
        spec.id,
        line2.kind,
        line2.description,
        line2.quantity,
        line2.unitPrice,
        money(amount),
        line2.taxRate ?? 0,
        line2.kind === "manual" ? "" : "Schedule"
      ]);
    }
    const row = invoices.length + 1;
    const total = money(subtotal.plus(tax));
    totals.set(spec.id, total);
    invoices.push([
      spec.id,
      spec.reference,
      spec.customer,
      date(spec.period[0]),
      date(spec.period[1]),
      date(spec.issued[0]),
      date(spec.issued[1]),
      "GBP",
      spec.status,
      money(subtotal),
      money(tax),
      { formula: `=J${row}+K${row}`, value: total },
      spec.accountingId
    ]);
  }
  return { invoices, lines, totals };
}
function buildPayments(specs, totals) {
  return [
    [...PAYMENT_HEADER],
    ...specs.map(([invoiceId, day, amount, method, note = ""], i) => {
      const paid = amount === "full" ? totals.get(invoiceId) : amount;
      if (paid === void 0) throw new Error(`sample: payment for unknown invoice ${invoiceId}`);
      return [`PAY-${String(i + 1).padStart(4, "0")}`, invoiceId, date(day), paid, method, note];
    })
  ];
}

// examples/nursery-schedule.ts
var RATE_RISE = "2026-10-01";
var OLD = { fullDay: 62, hour: 8.5 };
var NEW = { fullDay: 65, hour: 9 };
var LUNCH = 3.2;
var CONSUMABLES = 18;
var FOREST_SCHOOL = 12.5;
var FUNDED_HOURS_A_WEEK = 15;
var SIBLING_DISCOUNT = -20;
var REGISTRATION_FEE = 50;
var SESSION_HOURS = 5;
var INSET_DAY = "2026-10-23";
var ISLA_ABSENCE = "2026-09-18";
var DAY_BEFORE_RISE = "2026-09-30";
var opt = (iso) => iso ? date(iso) : "";
function item(customer, kind, description, frequency, days2, units, rate, from, to, tax = 0) {
  return [customer, kind, description, frequency, days2, units, rate, opt(from), opt(to), tax];
}
function risen(customer, description, days2, units, [before, after], from, to) {
  const rows = [];
  if (!from || from < RATE_RISE)
    rows.push(
      item(
        customer,
        "session",
        description,
        "daily",
        days2,
        units,
        before,
        from,
        to && to < RATE_RISE ? to : DAY_BEFORE_RISE
      )
    );
  if (!to || to >= RATE_RISE)
    rows.push(
      item(
        customer,
        "session",
        description,
        "daily",
        days2,
        units,
        after,
        from && from > RATE_RISE ? from : RATE_RISE,
        to
      )
    );
  return rows;
}
var fullDays = (customer, days2, from, to) => risen(customer, "Full days", days2, 1, [OLD.fullDay, NEW.fullDay], from, to);
var mornings = (customer, days2) => risen(customer, "Morning sessions (hours)", days2, SESSION_HOURS, [OLD.hour, NEW.hour]);
var lunches = (customer, days2, from, to) => item(customer, "charge", "Lunches", "daily", days2, 1, LUNCH, from, to);
var consumables = (customer) => item(customer, "charge", "Consumables pack", "monthly", "", 1, CONSUMABLES, "", "", 0.2);
var forestSchool = (customer) => item(customer, "session", "Forest school", "weekly", "", 1, FOREST_SCHOOL);
function scheduleSheet() {
  return [
    SCHEDULE_HEADER,
    ...fullDays("Amelia Hart", "Mon, Tue, Wed"),
    lunches("Amelia Hart", "Mon, Tue, Wed"),
    consumables("Amelia Hart"),
    ...fullDays("Oscar Bennett", "Mon, Wed, Fri", void 0, "2026-09-13"),
    ...fullDays("Oscar Bennett", "Mon-Thu", "2026-09-14"),
    lunches("Oscar Bennett", "Mon, Wed, Fri", "", "2026-09-13"),
    lunches("Oscar Bennett", "Mon-Thu", "2026-09-14"),
    ...mornings("Isla Patel", "Mon-Fri"),
    item(
      "Isla Patel",
      "charge",
      "Funded hours (15 a week)",
      "weekly",
      "",
      FUNDED_HOURS_A_WEEK,
      -OLD.hour,
      "",
      DAY_BEFORE_RISE
    ),
    item("Isla Patel", "charge", "Funded hours (15 a week)", "weekly", "", FUNDED_HOURS_A_WEEK, -NEW.hour, RATE_RISE),
    ...fullDays("Noah Williams", "Thu, Fri"),
    forestSchool("Noah Williams"),
    consumables("Noah Williams"),
    ...mornings("Freya O'Connor", "Tue, Thu"),
    ...fullDays("Leo Nowak", "Mon-Fri"),
    lunches("Leo Nowak", "Mon-Fri"),
    forestSchool("Leo Nowak"),
    ...fullDays("Ava Thompson", "Wed, Thu, Fri"),
    lunches("Ava Thompson", "Wed, Thu, Fri"),
    ...risen("Arlo Mensah", "Afternoon sessions (hours)", "Mon, Wed", SESSION_HOURS, [OLD.hour, NEW.hour]),
    consumables("Arlo Mensah"),
    ...fullDays("Poppy Clarke", "Mon, Tue"),
    item("Poppy Clarke", "charge", "Sibling discount", "monthly", "", 1, SIBLING_DISCOUNT),
    ...fullDays("Theo Fischer", "Mon, Tue, Wed", "2026-10-12"),
    item("Theo Fischer", "charge", "Registration fee", "once", "", 1, REGISTRATION_FEE, "2026-10-12")
  ];
}
function closuresSheet() {
  return [
    ["Date", "Customer", "Note"],
    [date(ISLA_ABSENCE), "Isla Patel", "Agreed absence, not charged"],
    [date(INSET_DAY), "", "INSET day: nursery closed"]
  ];
}

// examples/nursery.ts
var SAMPLE_TIME_ZONE = "Europe/London";
var SAMPLE_NAME = "Little Acorns Nursery \u2014 billing 2026";
var MONTHS = {
  sep: { period: ["2026-09-01", "2026-09-30"], issued: ["2026-08-25", "2026-09-08"], tag: "SEP26" },
  oct: { period: ["2026-10-01", "2026-10-31"], issued: ["2026-09-25", "2026-10-09"], tag: "OCT26" }
};
var days = (m, weekdays) => countDays(MONTHS[m].period[0], MONTHS[m].period[1], weekdays);
var weeksOf = (m, units) => weeks(MONTHS[m].period[0], MONTHS[m].period[1], units);
var billed = {
  fullDays: (m, weekdays) => ({
    kind: "session",
    description: "Full days",
    quantity: days(m, weekdays),
    unitPrice: OLD.fullDay
  }),
  hours: (m, weekdays, description = "Morning sessions (hours)") => ({
    kind: "session",
    description,
    quantity: days(m, weekdays) * SESSION_HOURS,
    unitPrice: OLD.hour
  }),
  lunches: (m, weekdays) => ({
    kind: "charge",
    description: "Lunches",
    quantity: days(m, weekdays),
    unitPrice: LUNCH
  }),
  consumables: () => ({
    kind: "charge",
    description: "Consumables pack",
    quantity: 1,
    unitPrice: CONSUMABLES,
    taxRate: 0.2
  }),
  forestSchool: (m) => ({
    kind: "session",
    description: "Forest school",
    quantity: weeksOf(m),
    unitPrice: FOREST_SCHOOL
  }),
  fundedHours: (m) => ({
    kind: "charge",
    description: "Funded hours (15 a week)",
    quantity: weeksOf(m, FUNDED_HOURS_A_WEEK),
    unitPrice: -OLD.hour
  }),
  manual: (description, unitPrice, quantity = 1) => ({
    kind: "manual",
    description,
    quantity,
    unitPrice
  })
};
function invoice(id, m, customer, status, lines) {
  const { period, issued, tag } = MONTHS[m];
  const initials = customer.split(" ").map((w) => w[0]).join("");
  return {
    id: `INV-${id}`,
    reference: `${initials}-${tag}`,
    customer,
    period: [...period],
    issued: [...issued],
    status,
    accountingId: status === "draft" ? "" : `XRO-${id + 57210}`,
    lines
  };
}
function invoiceSpecs() {
  const b = billed;
  return [
    invoice(1001, "sep", "Amelia Hart", "paid", [
      b.fullDays("sep", "Mon, Tue, Wed"),
      b.lunches("sep", "Mon, Tue, Wed"),
      b.consumables()
    ]),
    invoice(1002, "sep", "Oscar Bennett", "open", [
      b.fullDays("sep", "Mon, Wed, Fri"),
      b.lunches("sep", "Mon, Wed, Fri")
    ]),
    invoice(1003, "sep", "Isla Patel", "partially paid", [
      b.hours("sep", "Mon, Tue, Wed, Thu, Fri"),
      b.fundedHours("sep")
    ]),
    invoice(1004, "sep", "Noah Williams", "open", [
      b.fullDays("sep", "Thu, Fri"),
      b.forestSchool("sep"),
      b.consumables()
    ]),
    invoice(1005, "sep", "Freya O'Connor", "paid", [b.hours("sep", "Tue, Thu")]),
    invoice(1006, "sep", "Leo Nowak", "open", [
      b.fullDays("sep", "Mon, Tue, Wed, Thu, Fri"),
      b.lunches("sep", "Mon, Tue, Wed, Thu, Fri"),
      b.forestSchool("sep"),
      b.manual("Trip to the farm", 12),
      b.manual("Late pickup (15 Sep)", 15)
    ]),
    invoice(1007, "sep", "Ava Thompson", "open", [
      b.fullDays("sep", "Wed, Thu, Fri"),
      b.lunches("sep", "Wed, Thu, Fri")
    ]),
    // Voided after Arlo paid it (his September sessions were funded after all): the 250.00 he paid is
    // his credit, for his October invoice (Apply credit).
    invoice(1008, "sep", "Arlo Mensah", "voided", [
      b.hours("sep", "Mon, Wed", "Afternoon sessions (hours)"),
      b.consumables()
    ]),
    invoice(1009, "sep", "Poppy Clarke", "paid", [
      b.fullDays("sep", "Mon, Tue"),
      { kind: "charge", description: "Sibling discount", quantity: 1, unitPrice: SIBLING_DISCOUNT },
      b.manual("Trip to the farm", 12)
    ]),
    invoice(1010, "oct", "Amelia Hart", "open", [
      b.fullDays("oct", "Mon, Tue, Wed"),
      b.lunches("oct", "Mon, Tue, Wed"),
      b.consumables()
    ]),
    invoice(1011, "oct", "Oscar Bennett", "open", [
      b.fullDays("oct", "Mon, Wed, Fri"),
      b.lunches("oct", "Mon, Wed, Fri")
    ]),
    invoice(1012, "oct", "Isla Patel", "open", [b.hours("oct", "Mon, Tue, Wed, Thu, Fri"), b.fundedHours("oct")]),
    invoice(1013, "oct", "Noah Williams", "open", [
      b.fullDays("oct", "Thu, Fri"),
      b.forestSchool("oct"),
      b.consumables()
    ]),
    invoice(1014, "oct", "Freya O'Connor", "open", [b.hours("oct", "Tue, Thu"), b.manual("Late pickup (8 Oct)", 15)]),
    invoice(1015, "oct", "Leo Nowak", "open", [
      b.fullDays("oct", "Mon, Tue, Wed, Thu, Fri"),
      b.lunches("oct", "Mon, Tue, Wed, Thu, Fri"),
      b.forestSchool("oct"),
      b.manual("Pumpkin carving materials", 4.5)
    ]),
    invoice(1016, "oct", "Ava Thompson", "draft", [
      b.fullDays("oct", "Wed, Thu, Fri"),
      b.lunches("oct", "Wed, Thu, Fri")
    ]),
    invoice(1017, "oct", "Arlo Mensah", "open", [
      b.hours("oct", "Mon, Wed", "Afternoon sessions (hours)"),
      b.consumables()
    ]),
    invoice(1018, "oct", "Poppy Clarke", "open", [
      b.fullDays("oct", "Mon, Tue"),
      { kind: "charge", description: "Sibling discount", quantity: 1, unitPrice: SIBLING_DISCOUNT }
    ]),
    // Billed for the whole month, though Theo only started on 12 October.
    invoice(1019, "oct", "Theo Fischer", "open", [
      b.fullDays("oct", "Mon, Tue, Wed"),
      { kind: "charge", description: "Registration fee", quantity: 1, unitPrice: REGISTRATION_FEE }
    ])
  ];
}
var PAYMENTS = [
  ["INV-1001", "2026-09-02", "full", "bank transfer"],
  ["INV-1002", "2026-09-07", 400, "card"],
  ["INV-1003", "2026-09-05", 200, "Tax-Free Childcare"],
  ["INV-1003", "2026-09-19", 150, "Tax-Free Childcare"],
  ["INV-1004", "2026-09-10", 300, "childcare vouchers"],
  ["INV-1005", "2026-09-01", "full", "bank transfer"],
  ["INV-1006", "2026-09-08", 1e3, "bank transfer", "First of two instalments"],
  ["INV-1007", "2026-09-08", 500, "card"],
  ["INV-1008", "2026-09-12", 250, "card"],
  ["INV-1009", "2026-09-04", "full", "bank transfer"],
  ["INV-1010", "2026-10-02", 300, "bank transfer"],
  ["INV-1011", "2026-10-05", 200, "card"],
  ["INV-1013", "2026-10-09", 150, "childcare vouchers"],
  ["INV-1014", "2026-10-01", 100, "Tax-Free Childcare"],
  ["INV-1017", "2026-10-06", 150, "card"],
  ["INV-1018", "2026-10-07", 200, "bank transfer"]
];
function nurseryInvoices() {
  return buildInvoices(invoiceSpecs());
}
function nurserySample() {
  const { invoices, lines, totals } = nurseryInvoices();
  return {
    Invoices: invoices,
    "Invoice Lines": lines,
    Schedule: scheduleSheet(),
    Closures: closuresSheet(),
    Payments: buildPayments(PAYMENTS, totals),
    "Credit Notes": [["Credit Note ID", "Invoice ID", "Customer", "Date", "Refund", "Credit", "Reason"]]
  };
}

// playground/server.ts
import { createServer } from "node:http";
import { join as join4 } from "node:path";

// playground/assets.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

// scripts/inline-html.mjs
function scriptSafe(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1");
}
function inlineHtml(html, css, js) {
  return html.replace("/*STYLE*/", () => css).replace("/*SCRIPT*/", () => scriptSafe(js));
}

// playground/assets.ts
async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning"
  });
  return result.outputFiles[0].text;
}
async function buildAssets(playgroundDir) {
  const page = join(playgroundDir, "page");
  const [script, bridge] = await Promise.all([bundle(join(page, "main.ts")), bundle(join(page, "gas-bridge.ts"))]);
  const html = inlineHtml(
    readFileSync(join(page, "index.html"), "utf8"),
    readFileSync(join(page, "styles.css"), "utf8"),
    script
  );
  return { page: html, bridge: scriptSafe(bridge) };
}
function sidebarWithBridge(html, bridge, config) {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  const scripts = `<script>window.__revoiceBridge = ${json};</script><script>${bridge}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + scripts + html.slice(head.index + head[0].length);
  return scripts + html;
}

// playground/http.ts
var HttpError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
};
var MAX_BODY = 10 * 1024 * 1024;
async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, "Request body too large.");
    chunks.push(chunk);
  }
  const text4 = Buffer.concat(chunks).toString("utf8");
  if (!text4) return void 0;
  try {
    return JSON.parse(text4);
  } catch {
    throw new HttpError(400, "The request body is not JSON.");
  }
}
function send(res, status, body, type, headers = {}) {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers
  });
  res.end(body);
}
function sendJson(res, value, status = 200) {
  send(res, status, JSON.stringify(value), "application/json; charset=utf-8");
}
function sendHtml(res, html) {
  send(res, 200, html, "text/html; charset=utf-8");
}
function checkOrigin(req) {
  const origin = req.headers.origin;
  if (req.method !== "POST" || !origin) return;
  if (origin !== `http://${req.headers.host}`) throw new HttpError(403, "Cross-origin request refused.");
}

// playground/session.ts
import { join as join3 } from "node:path";

// fake-apps-script/src/a1.ts
function columnLetters(col) {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + (n - 1) % 26) + out;
  return out;
}
function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function cellA1(row, col) {
  return `${columnLetters(col)}${row}`;
}
function rectA1(r) {
  const start = cellA1(r.row, r.col);
  return r.numRows === 1 && r.numCols === 1 ? start : `${start}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}
function splitSheetPrefix(notation) {
  const bang = notation.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: notation };
  let sheet = notation.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: notation.slice(bang + 1) };
}
function corner(text4) {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text4);
  if (!m || !m[1] && !m[2]) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}
function parseA1(address, maxRows, maxCols) {
  const parts = address.trim().split(":");
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.col === null || a.row === null)) return null;
  const row1 = a.row ?? 1;
  const col1 = a.col ?? 1;
  const row2 = b.row ?? (a.row === null || b.col !== null ? maxRows : row1);
  const col2 = b.col ?? maxCols;
  if (a.col === null !== (b.col === null)) return null;
  const top = Math.min(row1, row2);
  const left = Math.min(col1, col2);
  return { row: top, col: left, numRows: Math.abs(row2 - row1) + 1, numCols: Math.abs(col2 - col1) + 1 };
}

// fake-apps-script/src/locale.ts
var COMMA_LOCALES = /* @__PURE__ */ new Set([
  "en_US",
  "en_GB",
  "cy_GB",
  "en_AU",
  "en_CA",
  "en_IE",
  "en_IN",
  "en_PH",
  "fil_PH",
  "zh_CN",
  "zh_HK",
  "zh_TW",
  "ja_JP",
  "ko_KR",
  "th_TH",
  "iw_IL",
  "he_IL",
  "ar_EG",
  "es_MX",
  "mn_MN",
  "my_MM",
  "de_CH",
  "hi_IN",
  "bn_IN",
  "gu_IN",
  "kn_IN",
  "ml_IN",
  "mr_IN",
  "pa_IN",
  "ta_IN",
  "te_IN"
]);
var DEFAULT_LOCALE = "en_GB";
function usesComma(locale) {
  if (COMMA_LOCALES.has(locale)) return true;
  return /^(en|zh|ja|ko|th)$/.test(locale);
}
function argumentSeparator(locale) {
  return usesComma(locale) ? "," : ";";
}
function decimalSeparator(locale) {
  return usesComma(locale) ? "." : ",";
}
function checkLocale(locale) {
  if (typeof locale !== "string" || !/^[a-z]{2,3}(?:_[A-Z]{2})?$/.test(locale)) {
    throw new Error(`fake: not a locale code: ${JSON.stringify(locale)}`);
  }
  return locale;
}

// fake-apps-script/src/dates.ts
var DAY_MS = 864e5;
var SERIAL_EPOCH = Date.UTC(1899, 11, 30);
var formatters = /* @__PURE__ */ new Map();
function fixedOffsetMinutes(timeZone) {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(timeZone.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}
function formatterFor(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(timeZone, f);
  }
  return f;
}
function utcMs(year, month, day, h = 0, mi = 0, s = 0, ms = 0) {
  const d = /* @__PURE__ */ new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, mi, s, ms);
  return d.getTime();
}
function memo(compute) {
  const zones = /* @__PURE__ */ new Map();
  return (ms, timeZone) => {
    let cache = zones.get(timeZone);
    if (!cache) zones.set(timeZone, cache = /* @__PURE__ */ new Map());
    let result = cache.get(ms);
    if (result === void 0) {
      if (cache.size > 2e5) cache.clear();
      cache.set(ms, result = compute(ms, timeZone));
    }
    return result;
  };
}
var wallMs = memo(computeWallMs);
function computeWallMs(ms, timeZone) {
  const fixed2 = fixedOffsetMinutes(timeZone);
  if (fixed2 !== null) return ms + fixed2 * 6e4;
  const p = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) p[part.type] = part.value;
  let year = Number(p.year);
  if (p.era === "BC" || p.era === "B") year = 1 - year;
  const millis = (ms % 1e3 + 1e3) % 1e3;
  return utcMs(year, Number(p.month), Number(p.day), Number(p.hour), Number(p.minute), Number(p.second), millis);
}
function offsetMs(ms, timeZone) {
  return wallMs(ms, timeZone) - ms;
}
var instantFromWall = memo(computeInstantFromWall);
function computeInstantFromWall(wall, timeZone) {
  const offsets = /* @__PURE__ */ new Set([
    offsetMs(wall - DAY_MS, timeZone),
    offsetMs(wall, timeZone),
    offsetMs(wall + DAY_MS, timeZone)
  ]);
  const exact = [...offsets].map((o) => wall - o).filter((t) => wallMs(t, timeZone) === wall);
  if (exact.length > 0) return Math.min(...exact);
  return wall - offsetMs(wall - DAY_MS, timeZone);
}
function serialFromInstant(ms, timeZone) {
  return (wallMs(ms, timeZone) - SERIAL_EPOCH) / DAY_MS;
}
function wallFromSerial(serial) {
  return SERIAL_EPOCH + Math.round(serial * DAY_MS);
}
function instantFromSerial(serial, timeZone) {
  return instantFromWall(wallFromSerial(serial), timeZone);
}
var ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;
function parseLocalIso(text4) {
  const m = ISO_LOCAL.exec(text4.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(Number);
  const ms = Number((m[7] ?? "0").padEnd(3, "0"));
  const wall = utcMs(y, mo, d, h, mi, s, ms);
  const back = new Date(wall);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return wall;
}
function serialFromLocalIso(text4) {
  const wall = parseLocalIso(text4);
  if (wall === null) throw new Error(`fake: not a local ISO date or date-time: ${JSON.stringify(text4)}`);
  return (wall - SERIAL_EPOCH) / DAY_MS;
}
var pad = (n, width = 2) => String(n).padStart(width, "0");
function isoFromSerial(serial, withTime) {
  const d = new Date(wallFromSerial(serial));
  const date3 = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (!withTime) return date3;
  return `${date3} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
function isDateObject(value) {
  return Object.prototype.toString.call(value) === "[object Date]";
}

// fake-apps-script/src/cells.ts
var DATE_FORMAT = "yyyy-mm-dd";
var DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
var TEXT_FORMAT = "@";
var MAX_CELL_CHARS = 5e4;
var ServiceError = class extends Error {
  constructor() {
    super(...arguments);
    this.name = "Exception";
  }
};
function isEmpty(cell) {
  return !cell || cell.value === void 0 && cell.formula === void 0;
}
function formatCodes(format) {
  return format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
}
function isDateFormat(format) {
  if (!format || /^general$/i.test(format) || format === TEXT_FORMAT) return false;
  return /[dmyhs]/i.test(formatCodes(format));
}
function hasTimeCodes(format) {
  return !!format && /[hs]/i.test(formatCodes(format));
}
function dateFormatFor(serial) {
  return Number.isInteger(serial) ? DATE_FORMAT : DATE_TIME_FORMAT;
}
var NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
function parseNumber(text4) {
  if (!NUMBER.test(text4) || !/\d/.test(text4.replace(/[eE][+-]?\d+$/, ""))) return null;
  return Number(text4.replace(/,/g, ""));
}
function parseTyped(text4) {
  if (text4 === "" || text4 === "'") return {};
  if (text4.startsWith("'")) return { value: text4.slice(1) };
  if (text4.startsWith("=")) return { formula: text4 };
  const t = text4.trim();
  const n = parseNumber(t);
  if (n !== null) return { value: n };
  const pct = /^([+-]?[\d.,eE+-]+)\s*%$/.exec(t);
  if (pct && parseNumber(pct[1]) !== null) {
    return { value: Number((parseNumber(pct[1]) / 100).toPrecision(15)), format: "0.00%" };
  }
  const money2 = /^([+-]?)([$£€])\s*([\d.,]+)$/.exec(t);
  if (money2 && parseNumber(money2[3]) !== null) {
    const value = parseNumber(money2[3]) * (money2[1] === "-" ? -1 : 1);
    return { value, format: `"${money2[2]}"#,##0.00` };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const wall = parseLocalIso(t);
  if (wall !== null) {
    const serial = serialFromLocalIso(t);
    return { value: serial, format: dateFormatFor(serial) };
  }
  if (/^[+-]/.test(t) && /[^+\-\s]/.test(t)) return { formula: `=${t}` };
  return { value: text4 };
}
function parseWritten(input, timeZone, cellFormat) {
  if (input === null || input === void 0) return {};
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new ServiceError(`fake: refusing to store ${input} in a cell`);
    return { value: input === 0 ? 0 : input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input === "string" && input.length > MAX_CELL_CHARS) {
    throw new ServiceError(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`
    );
  }
  if (typeof input === "string")
    return cellFormat === TEXT_FORMAT ? input === "" ? {} : { value: input } : parseTyped(input);
  if (isDateObject(input)) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new ServiceError("fake: refusing to store an invalid Date");
    const serial = serialFromInstant(ms, timeZone);
    return { value: serial, format: dateFormatFor(serial) };
  }
  throw new ServiceError(`fake: cannot store a ${Object.prototype.toString.call(input)} in a cell`);
}
function parseFixture(input, timeZone) {
  if (typeof input === "string")
    return input.startsWith("=") ? { formula: input } : input === "" ? {} : { value: input };
  if (input && typeof input === "object" && !isDateObject(input)) {
    const o = input;
    if (typeof o.date === "string") return { value: serialFromLocalIso(o.date), format: DATE_FORMAT };
    if (typeof o.dateTime === "string") return { value: serialFromLocalIso(o.dateTime), format: DATE_TIME_FORMAT };
    if (typeof o.formula === "string") return { formula: o.formula, cached: o.value };
    if (typeof o.text === "string") return { value: o.text };
    if (typeof o.checkbox === "boolean") return { value: o.checkbox, validation: "checkbox" };
  }
  return parseWritten(input, timeZone, void 0);
}
function hasTime(serial) {
  return Math.round(serial * DAY_MS) % DAY_MS !== 0;
}
function canonicalText(value, format) {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDateFormat(format)) return isoFromSerial(value, hasTimeCodes(format) || hasTime(value));
  return String(Number(value.toPrecision(15)));
}

// fake-apps-script/src/model.ts
var RANGE_OUTSIDE_SHEET = "The coordinates of the range are outside the dimensions of the sheet.";
var MAX_CELLS = 1e7;
var NEW_SHEET_ROWS = 1e3;
var NEW_SHEET_COLUMNS = 26;
function sheetIdFor(seq) {
  return seq === 0 ? 0 : seq * 1234567891 % 2147483647;
}
var Book = class {
  constructor(timeZone, locale = DEFAULT_LOCALE) {
    this.timeZone = timeZone;
    this.locale = locale;
    this.sheets = [];
    /** Bumped by every change to content or shape, so formula caches know when to rebuild. */
    this.generation = 0;
    /** Set once any formula mentions ARRAYFORMULA, so workbooks without spills never look for them. */
    this.arrayFormulas = false;
    /** PropertiesService.getDocumentProperties(): kept with the spreadsheet, outside the cell grid. */
    this.documentProperties = /* @__PURE__ */ new Map();
    this.seq = 0;
  }
  touch() {
    this.generation++;
  }
  /** Throws like Sheets when growing by `extra` cells would pass the workbook limit. */
  checkGrowth(extra) {
    const cells = this.sheets.reduce((sum, s) => sum + s.rows.length * s.maxCols, 0);
    if (cells + extra > MAX_CELLS) {
      throw new ServiceError(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`
      );
    }
  }
  findSheet(name) {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }
  requireSheet(name) {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`fake: no sheet named ${JSON.stringify(name)}`);
    return sheet;
  }
  addSheet(name, maxRows, maxCols, index = this.sheets.length, id) {
    this.touch();
    if (this.findSheet(name)) {
      throw new ServiceError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.checkGrowth(maxRows * maxCols);
    const sheet = {
      name,
      id: id ?? this.nextId(),
      rows: new Array(maxRows).fill(void 0),
      maxCols,
      frozenRows: 0,
      selection: [{ row: 1, col: 1, numRows: 1, numCols: 1 }],
      merges: [],
      hidden: false
    };
    this.sheets.splice(index, 0, sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }
  /** A sheet filled from fixture rows; its size is exactly the data's unless given. */
  addFixtureSheet(name, rows, maxRows, maxCols) {
    const width = rows.reduce((widest, r) => Math.max(widest, r.length), 1);
    const sheet = this.addSheet(name, Math.max(maxRows ?? rows.length, 1), Math.max(maxCols ?? width, 1));
    if (rows.length > sheet.rows.length || width > sheet.maxCols) {
      throw new Error(`fake: fixture for ${name} is larger than its maxRows/maxColumns`);
    }
    rows.forEach(
      (row, r) => row.forEach((input, c) => {
        const parsed2 = parseFixture(input, this.timeZone);
        if (parsed2.value !== void 0 || parsed2.formula !== void 0 || parsed2.format || parsed2.validation)
          this.setCell(sheet, r + 1, c + 1, { ...parsed2 });
      })
    );
    return sheet;
  }
  /** `beforeRemove` runs once the removal is known to be allowed (to rewrite references). */
  removeSheet(sheet, beforeRemove) {
    this.touch();
    if (this.sheets.length === 1) throw new ServiceError("You can't remove all the sheets in a document.");
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new ServiceError("The sheet has been deleted.");
    beforeRemove?.();
    this.sheets.splice(index, 1);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, index - 1)];
  }
  cell(sheet, row, col) {
    return sheet.rows[row - 1]?.[col - 1];
  }
  setCell(sheet, row, col, cell) {
    this.touch();
    let keep;
    if (cell) {
      for (const key of Object.keys(cell)) {
        if (cell[key] !== void 0) (keep ??= {})[key] = cell[key];
      }
    }
    if (keep?.formula && /ARRAYFORMULA/i.test(keep.formula)) this.arrayFormulas = true;
    let line2 = sheet.rows[row - 1];
    if (!line2) {
      if (!keep) return;
      line2 = sheet.rows[row - 1] = [];
    }
    line2[col - 1] = keep;
  }
  lastRow(sheet) {
    for (let r = sheet.rows.length; r > 0; r--) {
      if (sheet.rows[r - 1]?.some((c) => !isEmpty(c))) return r;
    }
    return 0;
  }
  lastColumn(sheet) {
    let last = 0;
    for (const line2 of sheet.rows) {
      if (!line2) continue;
      for (let c = line2.length; c > last; c--)
        if (!isEmpty(line2[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }
  /** A fresh sheet id, never one in use (a workbook rebuilt from a snapshot keeps its ids). */
  nextId() {
    let id = sheetIdFor(this.seq++);
    while (this.sheets.some((s) => s.id === id)) id = sheetIdFor(this.seq++);
    return id;
  }
  /** Inserts empty rows before 1-based `at`, copying formatting from row `inheritFrom` (or none). */
  insertRows(sheet, at, count, inheritFrom) {
    this.touch();
    this.checkGrowth(count * sheet.maxCols);
    const source2 = inheritFrom === null ? void 0 : sheet.rows[inheritFrom - 1];
    const fresh = Array.from({ length: count }, () => source2 ? source2.map(formatOnly) : void 0);
    sheet.rows.splice(at - 1, 0, ...fresh);
    sheet.merges = shiftRects(sheet.merges, "row", at, count);
  }
  deleteRows(sheet, start, count) {
    this.touch();
    if (start < 1 || count < 1 || start + count - 1 > sheet.rows.length)
      throw new ServiceError("Those rows are out of bounds.");
    if (sheet.rows.length - count <= sheet.frozenRows) {
      throw new ServiceError("Sorry, it is not possible to delete all non-frozen rows.");
    }
    sheet.rows.splice(start - 1, count);
    sheet.merges = shiftRects(sheet.merges, "row", start, -count);
  }
  insertColumns(sheet, at, count, inheritFrom) {
    this.touch();
    this.checkGrowth(count * sheet.rows.length);
    for (const line2 of sheet.rows) {
      if (!line2 || line2.length < at - 1) continue;
      const source2 = inheritFrom === null ? void 0 : line2[inheritFrom - 1];
      line2.splice(at - 1, 0, ...Array.from({ length: count }, () => formatOnly(source2)));
    }
    sheet.maxCols += count;
    sheet.merges = shiftRects(sheet.merges, "col", at, count);
  }
  deleteColumns(sheet, start, count) {
    this.touch();
    if (start < 1 || count < 1 || start + count - 1 > sheet.maxCols)
      throw new ServiceError("Those columns are out of bounds.");
    if (count >= sheet.maxCols) throw new ServiceError("Sorry, it is not possible to delete all non-frozen columns.");
    for (const line2 of sheet.rows) line2?.splice(start - 1, count);
    sheet.maxCols -= count;
    sheet.merges = shiftRects(sheet.merges, "col", start, -count);
  }
};
function formatOnly(cell) {
  if (!cell) return void 0;
  const { format, fontWeight, background } = cell;
  return format || fontWeight || background ? JSON.parse(JSON.stringify({ format, fontWeight, background })) : void 0;
}
function shiftRects(rects, axis2, at, delta) {
  const size = axis2 === "row" ? "numRows" : "numCols";
  return rects.flatMap((rect) => {
    const start = rect[axis2];
    const end = start + rect[size] - 1;
    if (delta > 0) {
      if (at <= start) return [{ ...rect, [axis2]: start + delta }];
      return [at <= end ? { ...rect, [size]: rect[size] + delta } : rect];
    }
    const last = at - delta - 1;
    if (last < start) return [{ ...rect, [axis2]: start + delta }];
    if (at > end) return [rect];
    const kept = rect[size] - (Math.min(end, last) - Math.max(start, at) + 1);
    return kept > 0 ? [{ ...rect, [axis2]: Math.min(start, at), [size]: kept }] : [];
  });
}
function checkRect(sheet, r) {
  for (const n of [r.row, r.col, r.numRows, r.numCols]) {
    if (!Number.isInteger(n)) throw new ServiceError(`fake: range coordinates must be integers, got ${n}`);
  }
  if (r.row < 1) throw new ServiceError("The starting row of the range is too small.");
  if (r.col < 1) throw new ServiceError("The starting column of the range is too small.");
  if (r.numRows < 1) throw new ServiceError("The number of rows in the range must be at least 1.");
  if (r.numCols < 1) throw new ServiceError("The number of columns in the range must be at least 1.");
  if (r.row + r.numRows - 1 > sheet.rows.length || r.col + r.numCols - 1 > sheet.maxCols) {
    throw new ServiceError(RANGE_OUTSIDE_SHEET);
  }
}

// fake-apps-script/src/formula-parse.ts
var ParseError = class extends Error {
};
var KINDS = ["space", "string", "rows", "number", "function", "ref", "error", "op"];
function tokenPattern(decimal) {
  const d = decimal === "." ? "\\." : ",";
  return new RegExp(
    [
      /\s+/.source,
      /"(?:[^"]|"")*"/.source,
      // string
      /\$?\d+:\$?\d+/.source,
      // whole rows
      `\\d+(?:${d}\\d*)?(?:[eE][+-]?\\d+)?${decimal === "." ? "|\\.\\d+" : ""}`,
      // number
      /[A-Za-z_][\w.]*(?=\s*\()/.source,
      // function name
      /(?:(?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]+\$?\d*(?::\$?[A-Za-z]+\$?\d*)?(?![\w(])/.source,
      // ref or name
      /#REF!/.source,
      // a reference Sheets deleted
      /<>|<=|>=|[&+\-*/(),;=<>]/.source
    ].map((s) => `(${s})`).join("|"),
    "y"
  );
}
var PATTERNS = { ".": tokenPattern("."), ",": tokenPattern(",") };
function lex(text4, locale = DEFAULT_LOCALE) {
  const pattern = PATTERNS[decimalSeparator(locale)];
  const tokens = [];
  pattern.lastIndex = 0;
  while (pattern.lastIndex < text4.length) {
    const m = pattern.exec(text4);
    if (!m) throw new ParseError(`unexpected ${text4.slice(pattern.lastIndex)}`);
    tokens.push({ kind: KINDS[m.slice(1).findIndex((g) => g !== void 0)], text: m[0] });
  }
  return tokens;
}
var COMPARISONS = ["=", "<>", "<", ">", "<=", ">="];
function parseFormula(formula, locale = DEFAULT_LOCALE) {
  const tokens = lex(formula.replace(/^=/, ""), locale).filter((t) => t.kind !== "space");
  const sep2 = argumentSeparator(locale);
  const decimal = decimalSeparator(locale);
  let i = 0;
  const peek = () => tokens[i]?.text;
  const take = (want) => {
    const t = tokens[i++];
    if (t === void 0 || want !== void 0 && t.text !== want) throw new ParseError(`expected ${want ?? "more"}`);
    return t;
  };
  const binary = (ops, next) => () => {
    let left = next();
    while (ops.includes(peek())) left = { kind: "binary", op: take().text, left, right: next() };
    return left;
  };
  const primary = () => {
    const { kind, text: t } = take();
    if (t === "-" || t === "+") return { kind: "unary", op: t, arg: primary() };
    if (t === "(") {
      const inner = expr();
      take(")");
      return inner;
    }
    if (kind === "error") return { kind: "error", error: t };
    if (kind === "string") return { kind: "lit", value: t.slice(1, -1).replace(/""/g, '"') };
    if (kind === "number") return { kind: "lit", value: Number(decimal === "," ? t.replace(",", ".") : t) };
    if (/^(true|false)$/i.test(t) && peek() !== "(") return { kind: "lit", value: t.toLowerCase() === "true" };
    if (kind === "function") {
      take("(");
      const args = [];
      if (peek() !== ")")
        do
          args.push(expr());
        while (peek() === sep2 && take(sep2));
      take(")");
      return { kind: "call", fn: t.toUpperCase(), args };
    }
    if (kind === "ref" || kind === "rows") {
      const { address } = splitSheetPrefix(t);
      return parseA1(address, 1, 1) ? { kind: "ref", text: t } : { kind: "name", name: t };
    }
    throw new ParseError(`unexpected ${t}`);
  };
  const term = binary(["*", "/"], primary);
  const additive = binary(["+", "-"], term);
  const concat = binary(["&"], additive);
  const expr = binary(COMPARISONS, concat);
  const root = expr();
  if (i !== tokens.length) throw new ParseError(`unexpected ${tokens[i].text}`);
  return root;
}
var parsed = /* @__PURE__ */ new Map();
function parseCached(formula, locale) {
  const key = `${locale}\0${formula}`;
  let hit = parsed.get(key);
  if (hit === void 0) {
    try {
      hit = parseFormula(formula, locale);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      hit = e;
    }
    if (parsed.size > 5e4) parsed.clear();
    parsed.set(key, hit);
  }
  if (hit instanceof ParseError) throw hit;
  return hit;
}

// fake-apps-script/src/array-formula.ts
var WHOLE_RANGE_ARGS = { MATCH: [1], SUMIF: [0, 2] };
function grow(node, ctx, shape) {
  switch (node.kind) {
    case "ref": {
      const r = resolveRef(node.text, ctx);
      if (isRange(r)) {
        shape.rows = Math.max(shape.rows, r.rect.numRows);
        shape.cols = Math.max(shape.cols, r.rect.numCols);
      }
      return;
    }
    case "call":
      node.args.forEach((a, k) => {
        if (!WHOLE_RANGE_ARGS[node.fn]?.includes(k)) grow(a, ctx, shape);
      });
      return;
    case "unary":
      grow(node.arg, ctx, shape);
      return;
    case "binary":
      grow(node.left, ctx, shape);
      grow(node.right, ctx, shape);
      return;
    default:
  }
}
function arrayShape(root, ctx) {
  if (root.kind !== "call" || root.fn !== "ARRAYFORMULA" || root.args.length !== 1) return null;
  const shape = { rows: 1, cols: 1 };
  grow(root.args[0], ctx, shape);
  return shape.rows * shape.cols > 1 ? shape : null;
}
var caches = /* @__PURE__ */ new WeakMap();
function findAnchors(book, sheet) {
  const found = [];
  sheet.rows.forEach(
    (line2, r) => line2?.forEach((cell, c) => {
      if (!cell?.formula || !/ARRAYFORMULA/i.test(cell.formula)) return;
      const row = r + 1;
      const col = c + 1;
      let shape;
      try {
        shape = arrayShape(parseCached(cell.formula, book.locale), { book, sheet, row, col, depth: 0 });
      } catch {
        return;
      }
      if (shape) found.push({ row, col, formula: cell.formula, ...shape, blocked: blockage(sheet, row, col, shape) });
    })
  );
  return found;
}
function blockage(sheet, row, col, { rows, cols }) {
  if (row + rows - 1 > sheet.rows.length || col + cols - 1 > sheet.maxCols) {
    return "Result was not automatically expanded, please insert more rows or columns.";
  }
  for (let r = row; r < row + rows; r++) {
    const line2 = sheet.rows[r - 1];
    if (!line2) continue;
    for (let c = col; c < col + cols; c++) {
      if ((r !== row || c !== col) && !isEmpty(line2[c - 1])) {
        return `Array result was not expanded because it would overwrite data in ${cellA1(r, c)}.`;
      }
    }
  }
  return null;
}
function anchors(book, sheet) {
  let cache = caches.get(book);
  if (!cache || cache.generation !== book.generation)
    caches.set(book, cache = { generation: book.generation, bySheet: /* @__PURE__ */ new Map() });
  let list = cache.bySheet.get(sheet);
  if (!list) cache.bySheet.set(sheet, list = book.arrayFormulas ? findAnchors(book, sheet) : []);
  return list;
}
function spillError(ctx, _shape) {
  const anchor = anchors(ctx.book, ctx.sheet).find((a) => a.row === ctx.row && a.col === ctx.col);
  return anchor?.blocked ? { error: "#REF!" } : null;
}
function spillAt(book, sheet, row, col) {
  for (const anchor of anchors(book, sheet)) {
    if (anchor.blocked || row < anchor.row || col < anchor.col || row >= anchor.row + anchor.rows || col >= anchor.col + anchor.cols)
      continue;
    if (row === anchor.row && col === anchor.col) continue;
    return { anchor, i: row - anchor.row, j: col - anchor.col };
  }
  return null;
}
function spillExtent(book, sheet) {
  let rows = 0;
  let cols = 0;
  for (const a of anchors(book, sheet)) {
    if (a.blocked) continue;
    rows = Math.max(rows, a.row + a.rows - 1);
    cols = Math.max(cols, a.col + a.cols - 1);
  }
  return { rows, cols };
}
function lastRowOf(book, sheet) {
  return Math.max(book.lastRow(sheet), book.arrayFormulas ? spillExtent(book, sheet).rows : 0);
}
function lastColumnOf(book, sheet) {
  return Math.max(book.lastColumn(sheet), book.arrayFormulas ? spillExtent(book, sheet).cols : 0);
}

// fake-apps-script/src/calendar-names.ts
var MONTHS2 = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// fake-apps-script/src/number-format.ts
function tokenize(format) {
  const tokens = [];
  for (let i = 0; i < format.length; ) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ literal: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\") {
      tokens.push({ literal: format[i + 1] ?? "" });
      i += 2;
    } else if (ch === "_" || ch === "*") {
      tokens.push({ literal: ch === "_" ? " " : "" });
      i += 2;
    } else if (ch === "[") {
      const end = format.indexOf("]", i);
      const inner = format.slice(i + 1, end < 0 ? format.length : end);
      if (inner.startsWith("$")) tokens.push({ literal: inner.slice(1).split("-")[0] });
      i = end < 0 ? format.length : end + 1;
    } else if (/am\/pm/i.test(format.slice(i, i + 5))) {
      tokens.push({ code: "am/pm" });
      i += 5;
    } else if (/[a-z]/i.test(ch)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ code: format.slice(i, j).toLowerCase() });
      i = j;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  return tokens;
}
function renderDate(serial, format) {
  const d = new Date(wallFromSerial(serial));
  const tokens = tokenize(format);
  const codes = tokens.map((t) => "code" in t ? t.code : "");
  const twelve = codes.includes("am/pm");
  const pad3 = (n, w) => String(n).padStart(w, "0");
  return tokens.map((t, i) => {
    if ("literal" in t) return t.literal;
    const c = t.code;
    const len = c.length;
    const prev = codes.slice(0, i).reverse().find((x) => x !== "");
    const next = codes.slice(i + 1).find((x) => x !== "");
    const hour = d.getUTCHours();
    switch (c[0]) {
      case "y":
        return len <= 2 ? pad3(d.getUTCFullYear() % 100, 2) : pad3(d.getUTCFullYear(), 4);
      case "m":
        if (len <= 2 && (prev?.[0] === "h" || next?.[0] === "s")) return pad3(d.getUTCMinutes(), len);
        if (len >= 4) return MONTHS2[d.getUTCMonth()];
        return len === 3 ? MONTHS2[d.getUTCMonth()].slice(0, 3) : pad3(d.getUTCMonth() + 1, len);
      case "d":
        if (len >= 4) return DAYS[d.getUTCDay()];
        return len === 3 ? DAYS[d.getUTCDay()].slice(0, 3) : pad3(d.getUTCDate(), len);
      case "h":
        return pad3(twelve ? hour % 12 === 0 ? 12 : hour % 12 : hour, len);
      case "s":
        return pad3(d.getUTCSeconds(), len);
      case "a":
        return c === "am/pm" ? hour < 12 ? "AM" : "PM" : c;
      default:
        return c;
    }
  }).join("");
}
function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function codesOnly(format) {
  return format.replace(/"[^"]*"?|\\.|\[[^\]]*\]?|[_*]./g, (m) => "\0".repeat(m.length));
}
var literalText = (s) => tokenize(s).map((t) => "literal" in t ? t.literal : t.code).join("");
function sectionFor(value, format) {
  const codes = codesOnly(format);
  const sections = [];
  let from = 0;
  for (let i = 0; i <= codes.length; i++) {
    if (i === codes.length || codes[i] === ";") sections.push(format.slice(from, i)), from = i + 1;
  }
  if (value < 0 && sections.length > 1) return { section: sections[1], signed: false };
  if (value === 0 && sections.length > 2) return { section: sections[2], signed: false };
  return { section: sections[0], signed: true };
}
function fixed(scaled, core) {
  const [intPart, fracPart = ""] = core.split(".");
  const decimals = fracPart.length;
  let [whole2, frac = ""] = scaled.toFixed(decimals).split(".");
  if (!intPart.includes("0") && whole2 === "0" && (decimals > 0 || intPart.includes("?")))
    whole2 = " ".repeat(intPart.replace(/[^?]/g, "").length);
  if (intPart.includes(",")) whole2 = group(whole2);
  const required = fracPart.replace(/[^0]/g, "").length;
  while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  frac = frac.padEnd(fracPart.replace(/[^0?]/g, "").length, " ");
  return frac ? `${whole2}.${frac}` : whole2;
}
function scientific(abs, core) {
  const [mantissa, exponent] = core.split(/[eE]/);
  const decimals = (mantissa.split(".")[1] ?? "").length;
  let power = abs === 0 ? 0 : Math.floor(Math.log10(abs));
  if (Number((abs / 10 ** power).toFixed(decimals)) >= 10) power += 1;
  const digits = (abs / 10 ** power).toFixed(decimals);
  const sign = power < 0 ? "-" : exponent[0] === "+" ? "+" : "";
  return `${digits}E${sign}${String(Math.abs(power)).padStart(exponent.length - 1, "0")}`;
}
function numberPart(abs, codes) {
  const core = /[#0?][#0?,]*(?:\.[#0?]*)?(?:[eE][+-][#0]+)?|\.[#0?]+/.exec(codes);
  if (core) {
    const body = /[eE]/.test(core[0]) ? scientific(abs, core[0]) : fixed(abs, core[0]);
    return { index: core.index, length: core[0].length, body };
  }
  const general = /general/i.exec(codes);
  return general ? { index: general.index, length: general[0].length, body: canonicalText(abs, void 0) } : null;
}
function renderNumber(value, format) {
  const { section, signed } = sectionFor(value, format);
  const codes = codesOnly(section);
  if (/[#0?]\s*\/\s*[#0?1-9]/.test(codes)) return canonicalText(value, void 0);
  const part = numberPart(Math.abs(value) * (codes.includes("%") ? 100 : 1), codes);
  if (!part) return literalText(section);
  const prefix = literalText(section.slice(0, part.index));
  const suffix = literalText(section.slice(part.index + part.length));
  const sign = value < 0 && signed && /[1-9]/.test(part.body.split("E")[0]) ? "-" : "";
  return `${sign}${prefix}${part.body}${suffix}`;
}
function displayText(value, format) {
  if (typeof value !== "number" || !format || /^general$/i.test(format) || format === "@") {
    return canonicalText(value, format);
  }
  if (isDateFormat(format)) {
    try {
      return renderDate(value, format);
    } catch {
      return isoFromSerial(value, true);
    }
  }
  return renderNumber(value, format);
}

// fake-apps-script/src/match-text.ts
function matchKey(v) {
  return typeof v === "string" ? `s${v.toLowerCase()}` : `${typeof v}${v}`;
}
function pieces(key) {
  const out = [];
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (ch === "~" && i + 1 < key.length) out.push({ literal: key[++i] });
    else if (ch === "*" || ch === "?") out.push({ wild: ch });
    else out.push({ literal: ch });
  }
  return out;
}
function equalityKey(v) {
  if (typeof v !== "string") return matchKey(v);
  return matchKey(
    pieces(v).map((p) => "literal" in p ? p.literal : p.wild).join("")
  );
}
function wildcardPattern(key) {
  const parts = pieces(key);
  if (!parts.some((p) => "wild" in p)) return null;
  const source2 = parts.map(
    (p) => "wild" in p ? p.wild === "*" ? "[\\s\\S]*" : "[\\s\\S]" : p.literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  ).join("");
  return new RegExp(`^${source2}$`, "i");
}
var NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function criterionMatcher(c) {
  if (c === null) return { test: (v) => v === null || v === "" };
  if (typeof c !== "string")
    return { equalKeys: [matchKey(c)], test: (v) => v !== null && matchKey(v) === matchKey(c) };
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c);
  const op = m[1] ?? "";
  const rest = m[2];
  const n = NUMERIC.test(rest.trim()) ? Number(rest) : null;
  if (op === "<" || op === ">" || op === "<=" || op === ">=") {
    const ok = (d) => op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
    return {
      test: (v) => n !== null ? typeof v === "number" && ok(v - n) : typeof v === "string" && ok(compare(v, rest))
    };
  }
  const equal = equalityTest(rest, n);
  if (op === "<>") return { test: (v) => !equal.test(v) };
  return equal;
}
function equalityTest(rest, n) {
  if (rest === "") return { test: (v) => v === null || v === "" };
  const pattern = wildcardPattern(rest);
  if (pattern) return { test: (v) => typeof v === "string" && pattern.test(v) };
  const keys = [equalityKey(rest), ...n !== null ? [matchKey(n)] : []];
  return { equalKeys: keys, test: (v) => v !== null && keys.includes(matchKey(v)) };
}

// fake-apps-script/src/functions.ts
var Unsupported = class extends Error {
};
var arity = (args, min, max) => args.length < min || args.length > max ? { error: "#N/A" } : null;
var one = (node, ctx) => scalar(evaluate(node, ctx), ctx);
function elementCell(v, ctx) {
  const { rect } = v;
  if (rect.numRows === 1 && rect.numCols === 1) return { row: rect.row, col: rect.col };
  if (!ctx.index) return null;
  const i = rect.numRows === 1 ? 0 : ctx.index.i;
  const j = rect.numCols === 1 ? 0 : ctx.index.j;
  return i < rect.numRows && j < rect.numCols ? { row: rect.row + i, col: rect.col + j } : null;
}
function* line({ sheet, rect }, ctx) {
  const length = Math.max(rect.numRows, rect.numCols);
  for (let k = 0; k < length; k++) {
    const r = rect.numRows > 1 ? rect.row + k : rect.row;
    const c = rect.numRows > 1 ? rect.col : rect.col + k;
    yield computeCell(ctx.book, sheet, r, c, ctx.depth + 1);
  }
}
var indexes = /* @__PURE__ */ new WeakMap();
function memo2(ctx, key, build2) {
  let cache = indexes.get(ctx.book);
  if (!cache || cache.generation !== ctx.book.generation)
    indexes.set(ctx.book, cache = { generation: ctx.book.generation, byKey: /* @__PURE__ */ new Map() });
  let index = cache.byKey.get(key);
  if (!index) cache.byKey.set(key, index = build2());
  return index;
}
var rangeId = ({ sheet, rect }) => `${sheet.id}:${rect.row}:${rect.col}:${rect.numRows}:${rect.numCols}`;
function match(args, ctx) {
  const bad = arity(args, 2, 3);
  if (bad) return bad;
  const needle = one(args[0], ctx);
  const range = evaluate(args[1], ctx);
  const type = args[2] ? one(args[2], ctx) : 1;
  if (isError(needle)) return needle;
  if (isError(range)) return range;
  if (!isRange(range) || range.rect.numRows > 1 && range.rect.numCols > 1) return { error: "#N/A" };
  if (type !== 0) throw new Unsupported("MATCH without match type 0");
  if (needle === null) return { error: "#N/A" };
  const pattern = typeof needle === "string" ? wildcardPattern(needle) : null;
  if (pattern) {
    let k = 0;
    for (const v of line(range, ctx)) {
      k++;
      if (typeof v === "string" && pattern.test(v)) return k;
    }
    return { error: "#N/A" };
  }
  const index = memo2(ctx, `match:${rangeId(range)}`, () => {
    const first = /* @__PURE__ */ new Map();
    let k = 0;
    for (const v of line(range, ctx)) {
      k++;
      if (v !== null && !isError(v) && !first.has(matchKey(v))) first.set(matchKey(v), k);
    }
    return first;
  });
  return index.get(equalityKey(needle)) ?? { error: "#N/A" };
}
function sumif(args, ctx) {
  const bad = arity(args, 2, 3);
  if (bad) return bad;
  const range = evaluate(args[0], ctx);
  const criterion = one(args[1], ctx);
  const sumRange = args[2] ? evaluate(args[2], ctx) : range;
  if (isError(range)) return range;
  if (isError(sumRange)) return sumRange;
  if (isError(criterion)) return criterion;
  if (!isRange(range) || !isRange(sumRange)) return { error: "#VALUE!" };
  const addend = (r, c) => {
    const row = sumRange.rect.row + r;
    const col = sumRange.rect.col + c;
    if (row > sumRange.sheet.rows.length || col > sumRange.sheet.maxCols) return 0;
    const v = computeCell(ctx.book, sumRange.sheet, row, col, ctx.depth + 1);
    return typeof v === "number" ? v : 0;
  };
  const each = (fn) => {
    for (let r = 0; r < range.rect.numRows; r++) {
      for (let c = 0; c < range.rect.numCols; c++)
        fn(computeCell(ctx.book, range.sheet, range.rect.row + r, range.rect.col + c, ctx.depth + 1), r, c);
    }
  };
  const keys = criterionMatcher(criterion);
  if (keys.equalKeys) {
    const sums = memo2(ctx, `sumif:${rangeId(range)}|${rangeId(sumRange)}`, () => {
      const totals = /* @__PURE__ */ new Map();
      each((v, r, c) => {
        if (v === null || isError(v)) return;
        const key = matchKey(v);
        totals.set(key, (totals.get(key) ?? 0) + addend(r, c));
      });
      return totals;
    });
    return keys.equalKeys.reduce((sum2, key) => sum2 + (sums.get(key) ?? 0), 0);
  }
  let sum = 0;
  each((v, r, c) => {
    if (!isError(v) && keys.test(v)) sum += addend(r, c);
  });
  return sum;
}
var FUNCTIONS = {
  /** https://support.google.com/docs/answer/3093313 — an error in the URL shows that error, not the label. */
  HYPERLINK(args, ctx) {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const [url, label] = args.map((a) => one(a, ctx));
    if (isError(url)) return url;
    if (label !== void 0 && isError(label)) return label;
    return label === void 0 ? url : label;
  },
  CONCATENATE(args, ctx) {
    const parts = args.map((a) => one(a, ctx));
    return parts.find(isError) ?? parts.map((p) => text(p)).join("");
  },
  MATCH: match,
  SUMIF: sumif,
  ROW: (args, ctx) => position("row", args, ctx),
  COLUMN: (args, ctx) => position("col", args, ctx),
  /** https://support.google.com/docs/answer/3093364 — text as a condition is #VALUE!, blank is FALSE. */
  IF(args, ctx) {
    const bad = arity(args, 2, 3);
    if (bad) return bad;
    const cond = one(args[0], ctx);
    if (isError(cond)) return cond;
    if (typeof cond === "string" && cond !== "") return { error: "#VALUE!" };
    const truth = cond === null || cond === "" ? false : typeof cond === "number" ? cond !== 0 : cond;
    return truth ? evaluate(args[1], ctx) : args[2] ? evaluate(args[2], ctx) : false;
  },
  /** https://support.google.com/docs/answer/3093304 — blank when the fallback is left out. */
  IFERROR(args, ctx) {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const v = one(args[0], ctx);
    if (!isError(v)) return v;
    return args[1] ? evaluate(args[1], ctx) : null;
  },
  /** https://support.google.com/docs/answer/3093275 — element by element over its ranges (see array-formula.ts). */
  ARRAYFORMULA(args, ctx) {
    const bad = arity(args, 1, 1);
    return bad ?? evaluate(args[0], ctx);
  },
  /** https://support.google.com/docs/answer/3094285 — a number as its cell shows it. */
  TO_TEXT(args, ctx) {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const v = evaluate(args[0], ctx);
    if (isRange(v)) {
      const at = elementCell(v, ctx);
      if (!at) return { error: "#VALUE!" };
      const value = computeCell(ctx.book, v.sheet, at.row, at.col, ctx.depth + 1);
      if (value === null || isError(value)) return value === null ? "" : value;
      return displayText(value, ctx.book.cell(v.sheet, at.row, at.col)?.format);
    }
    const s = scalar(v, ctx);
    return isError(s) ? s : text(s);
  },
  /** https://support.google.com/docs/answer/3094220 — text that is not a number is #VALUE!. */
  VALUE(args, ctx) {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const v = one(args[0], ctx);
    if (isError(v) || typeof v === "number") return v;
    if (typeof v === "boolean") return { error: "#VALUE!" };
    const s = (v ?? "").trim().replace(/,(?=\d{3}\b)/g, "");
    const pct = /^(.*)%$/.exec(s);
    const n = num(pct ? pct[1] : s);
    return isError(n) ? n : pct ? n / 100 : n;
  }
};
function position(axis2, args, ctx) {
  if (args.length === 0) return ctx[axis2];
  const bad = arity(args, 1, 1);
  if (bad) return bad;
  const ref = evaluate(args[0], ctx);
  if (!isRange(ref)) return isError(ref) ? ref : { error: "#N/A" };
  const start = axis2 === "row" ? ref.rect.row : ref.rect.col;
  const size = axis2 === "row" ? ref.rect.numRows : ref.rect.numCols;
  if (!ctx.index || size === 1) return start;
  const k = axis2 === "row" ? ctx.index.i : ctx.index.j;
  return k < size ? start + k : { error: "#N/A" };
}
function callFunction(fn, args, ctx) {
  const impl = FUNCTIONS[fn];
  if (!impl) throw new Unsupported(fn);
  return impl(args, ctx);
}

// fake-apps-script/src/formula.ts
var isError = (v) => typeof v === "object" && v !== null && "error" in v;
var isRange = (v) => typeof v === "object" && v !== null && "rect" in v;
function resolveRef(text4, ctx) {
  const { sheet: name, address } = splitSheetPrefix(text4);
  const sheet = name === null ? ctx.sheet : ctx.book.findSheet(name);
  if (!sheet) return { error: "#REF!" };
  const rect = parseA1(address, sheet.rows.length, sheet.maxCols);
  return rect ? { sheet, rect } : { error: "#REF!" };
}
function scalar(v, ctx) {
  if (!isRange(v)) return v;
  const { rect } = v;
  if (rect.numRows === 1 && rect.numCols === 1)
    return computeCell(ctx.book, v.sheet, rect.row, rect.col, ctx.depth + 1);
  if (!ctx.index) return { error: "#VALUE!" };
  const i = rect.numRows === 1 ? 0 : ctx.index.i;
  const j = rect.numCols === 1 ? 0 : ctx.index.j;
  if (i >= rect.numRows || j >= rect.numCols) return { error: "#N/A" };
  return computeCell(ctx.book, v.sheet, rect.row + i, rect.col + j, ctx.depth + 1);
}
var text = (v) => v === null ? "" : typeof v === "boolean" ? v ? "TRUE" : "FALSE" : String(v);
function num(v) {
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = typeof v === "number" ? v : Number(v.trim());
  return Number.isFinite(n) && v !== " " ? n : { error: "#VALUE!" };
}
var TYPE_ORDER = { number: 0, string: 1, boolean: 2 };
function compare(a, b) {
  if (a === null) a = b === null ? "" : typeof b === "number" ? 0 : typeof b === "boolean" ? false : "";
  if (b === null) b = typeof a === "number" ? 0 : typeof a === "boolean" ? false : "";
  if (typeof a !== typeof b)
    return TYPE_ORDER[typeof a] - TYPE_ORDER[typeof b];
  if (typeof a === "string") {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}
function comparison(op, l, r) {
  const c = compare(l, r);
  return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
}
function evaluate(node, ctx) {
  switch (node.kind) {
    case "lit":
      return node.value;
    case "error":
      return { error: node.error };
    case "name":
      return { error: "#NAME?" };
    case "ref":
      return resolveRef(node.text, ctx);
    case "call":
      return callFunction(node.fn, node.args, ctx);
    case "unary": {
      const v = scalar(evaluate(node.arg, ctx), ctx);
      if (isError(v)) return v;
      const n = num(v);
      return isError(n) ? n : node.op === "-" ? -n : n;
    }
    case "binary": {
      const l = scalar(evaluate(node.left, ctx), ctx);
      const r = scalar(evaluate(node.right, ctx), ctx);
      if (isError(l)) return l;
      if (isError(r)) return r;
      if (node.op === "&") return text(l) + text(r);
      if (!"+-*/".includes(node.op)) return comparison(node.op, l, r);
      const a = num(l);
      const b = num(r);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === "/" && b === 0) return { error: "#DIV/0!" };
      return node.op === "+" ? a + b : node.op === "-" ? a - b : node.op === "*" ? a * b : a / b;
    }
  }
}
function evaluateFormula(formula, ctx) {
  if (ctx.depth > 50) return { error: "#REF!" };
  try {
    const root = parseCached(formula, ctx.book.locale);
    if (!ctx.index) {
      const shape = arrayShape(root, ctx);
      if (shape) return spillError(ctx, shape) ?? scalar(evaluate(root, { ...ctx, index: { i: 0, j: 0 } }), ctx);
    }
    const result = evaluate(root, ctx);
    if (isRange(result) && (result.rect.numRows > 1 || result.rect.numCols > 1) && !ctx.index) return void 0;
    return scalar(result, ctx);
  } catch (e) {
    if (e instanceof ParseError) return { error: "#ERROR!" };
    if (e instanceof Unsupported) return void 0;
    throw e;
  }
}
function computeCell(book, sheet, row, col, depth = 0) {
  const cell = book.cell(sheet, row, col);
  if (isEmpty(cell)) {
    const spilled = book.arrayFormulas ? spillAt(book, sheet, row, col) : null;
    if (!spilled) return null;
    const { anchor, i, j } = spilled;
    const result2 = evaluateFormula(anchor.formula, {
      book,
      sheet,
      row: anchor.row,
      col: anchor.col,
      depth: depth + 1,
      index: { i, j }
    });
    return result2 === void 0 ? null : result2;
  }
  if (cell.formula === void 0) return cell.value ?? null;
  const result = evaluateFormula(cell.formula, { book, sheet, row, col, depth });
  return result === void 0 ? cell.cached ?? "" : result;
}

// fake-apps-script/src/snapshot.ts
var FIELDS = ["value", "formula", "cached", "format", "fontWeight", "background", "validation"];
function snapshotBook(book) {
  return {
    timeZone: book.timeZone,
    locale: book.locale,
    sheets: book.sheets.map((sheet) => {
      const cells = {};
      sheet.rows.forEach(
        (line2, r) => line2?.forEach((cell, c) => {
          if (!cell) return;
          const copy = {};
          for (const key of FIELDS) if (cell[key] !== void 0) copy[key] = cell[key];
          const at = { book, sheet, row: r + 1, col: c + 1, depth: 0 };
          if (copy.cached !== void 0 && (cell.formula === void 0 || evaluateFormula(cell.formula, at) !== void 0))
            delete copy.cached;
          if (Object.keys(copy).length > 0) cells[cellA1(r + 1, c + 1)] = copy;
        })
      );
      return {
        name: sheet.name,
        sheetId: sheet.id,
        maxRows: sheet.rows.length,
        maxColumns: sheet.maxCols,
        frozenRows: sheet.frozenRows,
        cells,
        merges: sheet.merges.map(rectA1),
        ...sheet.hidden ? { hidden: true } : {}
      };
    }),
    documentProperties: Object.fromEntries(book.documentProperties)
  };
}
function bookFromSnapshot(snapshot) {
  const book = new Book(snapshot.timeZone, snapshot.locale);
  for (const s of snapshot.sheets) {
    const sheet = book.addSheet(s.name, s.maxRows, s.maxColumns, book.sheets.length, s.sheetId);
    sheet.frozenRows = s.frozenRows;
    for (const [a1, stored] of Object.entries(s.cells)) {
      const rect = parseA1(a1, s.maxRows, s.maxColumns);
      if (!rect) throw new Error(`fake: bad cell address ${a1} in snapshot of ${s.name}`);
      book.setCell(sheet, rect.row, rect.col, { ...stored });
    }
    sheet.merges = (s.merges ?? []).map((a1) => parseA1(a1, s.maxRows, s.maxColumns));
    sheet.hidden = s.hidden === true;
  }
  for (const [k, v] of Object.entries(snapshot.documentProperties ?? {})) book.documentProperties.set(k, v);
  return book;
}

// fake-apps-script/src/build-book.ts
function checkZone(timeZone) {
  new Intl.DateTimeFormat("en-US", { timeZone });
}
function formatColumn(book, sheet, column, format) {
  const header = sheet.rows[0]?.findIndex((c) => c?.value === column) ?? -1;
  const col = header >= 0 ? header + 1 : /^[A-Z]{1,3}$/.test(column) ? columnNumber(column) : 0;
  if (col < 1 || col > sheet.maxCols)
    throw new Error(`fake: columnFormats names no column ${JSON.stringify(column)} in ${sheet.name}`);
  for (let row = 1; row <= sheet.rows.length; row++)
    book.setCell(sheet, row, col, { ...book.cell(sheet, row, col), format });
}
function buildBook(options) {
  if (options.from) {
    const { from } = options;
    const clash = Object.keys(options.sheets ?? {}).length > 0 || (options.timeZone ?? from.timeZone) !== from.timeZone || (options.locale ?? from.locale) !== from.locale;
    if (clash) throw new Error("fake: `from` brings its own sheets, time zone and locale");
    return bookFromSnapshot(options.from);
  }
  const book = new Book(options.timeZone ?? "Europe/London", checkLocale(options.locale ?? DEFAULT_LOCALE));
  checkZone(book.timeZone);
  const sheets = options.sheets ?? {};
  for (const [name, rows] of Object.entries(sheets)) {
    book.addFixtureSheet(name, rows, options.maxRows?.[name], options.maxColumns?.[name]);
  }
  if (book.sheets.length === 0) book.addSheet("Sheet1", NEW_SHEET_ROWS, NEW_SHEET_COLUMNS);
  for (const name of [...Object.keys(options.maxRows ?? {}), ...Object.keys(options.maxColumns ?? {})]) {
    if (!(name in sheets)) throw new Error(`fake: maxRows/maxColumns given for unknown sheet ${name}`);
  }
  for (const [name, columns] of Object.entries(options.columnFormats ?? {})) {
    const sheet = book.requireSheet(name);
    for (const [column, format] of Object.entries(columns)) formatColumn(book, sheet, column, format);
  }
  return book;
}

// fake-apps-script/src/clock.ts
var Clock = class {
  constructor(start, virtual) {
    this.virtual = virtual;
    if (!Number.isFinite(start)) throw new Error(`fake: clock start must be a finite time, got ${start}`);
    this.ms = start;
  }
  /** Milliseconds since the epoch, as Date.now() would say. */
  now() {
    return this.ms;
  }
  /** Moves time forward by `ms` (never back); returns the new time. */
  advance(ms) {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`fake: the clock only moves forward, got ${ms}`);
    this.ms += ms;
    return this.ms;
  }
};

// fake-apps-script/src/checkpoint.ts
function copyRows(rows) {
  return rows.map((line2) => line2 && line2.map((cell) => cell && { ...cell }));
}
function captureBook(book) {
  return {
    sheets: book.sheets.map((data) => ({
      data,
      name: data.name,
      rows: copyRows(data.rows),
      maxCols: data.maxCols,
      frozenRows: data.frozenRows,
      merges: data.merges.map((m) => ({ ...m }))
    })),
    active: book.active,
    timeZone: book.timeZone,
    locale: book.locale
  };
}
function restoreBook(book, state) {
  book.sheets = state.sheets.map(
    (s) => Object.assign(s.data, {
      name: s.name,
      rows: copyRows(s.rows),
      maxCols: s.maxCols,
      frozenRows: s.frozenRows,
      merges: s.merges.map((m) => ({ ...m }))
    })
  );
  book.active = state.active;
  book.timeZone = state.timeZone;
  book.locale = state.locale;
  book.touch();
}

// fake-apps-script/src/faults.ts
var SPREADSHEET_ID = "fake-spreadsheet-id";
var SHEET_ERROR = "Service Spreadsheets failed while accessing document";
var SERVICE_ERRORS = {
  failed: `${SHEET_ERROR} with id ${SPREADSHEET_ID}.`,
  timedOut: `Service Spreadsheets timed out while accessing document with id ${SPREADSHEET_ID}.`,
  dailyQuota: "Service invoked too many times for one day: spreadsheets.",
  tooManyRequests: "Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls."
};
var EXECUTION_KILLED = "ExecutionKilled";
var KILLED_MESSAGE = "Exceeded maximum execution time";
function positive(n, what) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`fake: ${what} needs a positive integer, got ${n}`);
  return n;
}
var Faults = class {
  constructor(book) {
    this.book = book;
    this.writeFailAt = null;
    this.writeMessage = SERVICE_ERRORS.failed;
    this.writes = 0;
    this.calls = 0;
    this.callFaults = [];
    this.flushFault = null;
    this.kill = null;
    this.killedNow = false;
    this.checkpoint = null;
    this.partial = null;
    this.unflushedWrites = 0;
    this.executions = 0;
  }
  /** Write calls attempted since creation or the last failWriteAt()/clear(), failed ones included. */
  get writeCount() {
    return this.writes;
  }
  /** Counted calls attempted since creation or the last clear(), failed ones included. */
  get callCount() {
    return this.calls;
  }
  /** True from a kill until its execution ends (FakeApps.execute) or clear(). */
  get killed() {
    return this.killedNow;
  }
  /** The n-th write call from now (1-based) throws and changes nothing; it fires once. */
  failWriteAt(n, message) {
    this.writeFailAt = positive(n, "failWriteAt");
    this.writeMessage = message ?? SERVICE_ERRORS.failed;
    this.writes = 0;
  }
  /** The k-th counted call from now throws (and `times - 1` calls after it); nothing changes. */
  failCallAt(k, options = {}) {
    const from = this.calls + positive(k, "failCallAt");
    this.callFaults.push({
      from,
      to: from + positive(options.times ?? 1, "times") - 1,
      message: options.message ?? SERVICE_ERRORS.failed
    });
  }
  /** The next flush throws; writes since the last flush are undone, except the first `applied`. */
  failNextFlush(options = {}) {
    const applied = options.applied ?? 0;
    if (!Number.isInteger(applied) || applied < 0)
      throw new Error(`fake: applied must be a whole number, got ${applied}`);
    this.flushFault = { message: options.message ?? SERVICE_ERRORS.failed, applied };
    this.journal();
  }
  /** The k-th counted call from now kills the execution. */
  killAt(k, options = {}) {
    this.kill = { at: this.calls + positive(k, "killAt"), unflushed: options.unflushed ?? "lost" };
    this.journal();
  }
  clear() {
    this.writeFailAt = this.flushFault = this.kill = this.checkpoint = this.partial = null;
    this.callFaults = [];
    this.writes = this.calls = this.unflushedWrites = 0;
    this.killedNow = false;
  }
  /** Keeps the state as of now (taken to be flushed) so a later fault can go back to it. */
  journal() {
    if (this.checkpoint) return;
    this.checkpoint = captureBook(this.book);
    this.unflushedWrites = 0;
    this.partial = null;
  }
  killedError(realm) {
    const e = new realm.Error(KILLED_MESSAGE);
    e.name = EXECUTION_KILLED;
    return e;
  }
  /** Every call of a killed execution is refused (and not counted). */
  refuseIfKilled(realm) {
    if (this.killedNow) throw this.killedError(realm);
  }
  /** Before each counted call: fires the fault chosen for it, if any. */
  beforeCall(isWrite, realm) {
    this.calls++;
    if (isWrite) this.writes++;
    if (this.kill && this.calls === this.kill.at) {
      const { unflushed } = this.kill;
      this.kill = null;
      this.killedNow = true;
      if (unflushed === "lost" && this.checkpoint) restoreBook(this.book, this.checkpoint);
      throw this.killedError(realm);
    }
    const fault = this.callFaults.find((f) => this.calls >= f.from && this.calls <= f.to);
    if (fault) {
      this.callFaults = this.callFaults.filter((f) => f.to > this.calls);
      throw new ServiceError(fault.message);
    }
    if (isWrite && this.writeFailAt !== null && this.writes === this.writeFailAt) {
      this.writeFailAt = null;
      throw new ServiceError(this.writeMessage);
    }
  }
  /** After each successful write call: remembers how far a partially applied flush gets. */
  afterWrite() {
    if (!this.checkpoint) return;
    this.unflushedWrites++;
    if (this.flushFault && this.flushFault.applied === this.unflushedWrites) this.partial = captureBook(this.book);
  }
  /** A flush (SpreadsheetApp.flush or the end of an execution): throws if one was set to fail. */
  flush() {
    const fault = this.flushFault;
    this.flushFault = null;
    if (fault && this.unflushedWrites > fault.applied) restoreBook(this.book, this.partial ?? this.checkpoint);
    this.unflushedWrites = 0;
    this.partial = null;
    this.checkpoint = this.flushFault || this.kill ? captureBook(this.book) : null;
    if (fault) throw new ServiceError(fault.message);
  }
  beginExecution() {
    this.executions++;
  }
  /**
   * Ends an execution: a killed one stays killed (its error is returned to be thrown even if the
   * script swallowed it), any other is flushed (a failing flush's error is returned).
   */
  endExecution(realm) {
    if (--this.executions > 0) return null;
    if (this.killedNow) {
      this.killedNow = false;
      return this.killedError(realm);
    }
    try {
      this.flush();
      return null;
    } catch (e) {
      return e;
    }
  }
};

// fake-apps-script/src/context.ts
var HOST_REALM = { Date, Error, Array };
var READS = /* @__PURE__ */ new Set([
  "getValues",
  "getValue",
  "getDisplayValues",
  "getDisplayValue",
  "getFormulas",
  "getFormula",
  "getFormulasR1C1",
  "getFormulaR1C1",
  "findAll",
  "findNext",
  "findPrevious",
  "getNumberFormats",
  "getNumberFormat",
  "getMergedRanges"
]);
var WRITES = /* @__PURE__ */ new Set([
  "setValues",
  "setValue",
  "setFormula",
  "setFormulas",
  "setFormulaR1C1",
  "setFormulasR1C1",
  "clearContent",
  "clear",
  "clearFormat",
  "setNumberFormat",
  "setNumberFormats",
  "setFontWeight",
  "setFontWeights",
  "setBackground",
  "insertCheckboxes",
  "removeCheckboxes",
  "check",
  "uncheck",
  "merge",
  "breakApart",
  "hideSheet",
  "showSheet",
  "insertRowsAfter",
  "insertRowsBefore",
  "insertRowAfter",
  "insertRowBefore",
  "insertColumnsAfter",
  "insertColumnsBefore",
  "insertColumnAfter",
  "insertColumnBefore",
  "deleteRows",
  "deleteRow",
  "deleteColumns",
  "deleteColumn",
  "appendRow",
  "insertSheet",
  "deleteSheet",
  "setName",
  "setFrozenRows",
  "setSpreadsheetTimeZone"
]);
var Calls = class {
  constructor() {
    /** Every counted call, metadata (getMaxRows, getSheetByName, getRange…) included. */
    this.total = 0;
    this.byMethod = {};
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.reads = 0;
    this.writes = 0;
    /** Wall-clock ms spent inside outermost counted calls: the fake's own work, not the caller's. */
    this.serviceMs = 0;
  }
  record(method) {
    this.total++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    if (READS.has(method)) this.reads++;
    if (WRITES.has(method)) this.writes++;
  }
  /**
   * Sheets calls as the product's budgets count them: reads and writes — values, formulas or
   * formats read or written, a TextFinder search, rows, columns or sheets inserted or deleted; not
   * getRange, getSheetByName or other metadata, and not flushes (a flush only sends writes already
   * counted; see `flushes`).
   */
  get sheetsCalls() {
    return this.reads + this.writes;
  }
  /** SpreadsheetApp.flush() calls: counted in `total`, kept out of `sheetsCalls`. */
  get flushes() {
    return this.byMethod.flush ?? 0;
  }
  reset() {
    this.total = this.cellsRead = this.cellsWritten = this.reads = this.writes = this.serviceMs = 0;
    this.byMethod = {};
  }
};
var Ctx = class {
  constructor(book, clock) {
    this.book = book;
    this.clock = clock;
    this.calls = new Calls();
    this.realm = HOST_REALM;
    /** Virtual milliseconds each counted call takes (FakeOptions.callCostMs). */
    this.callCostMs = 0;
    this.depth = 0;
    this.faults = new Faults(book);
  }
  /**
   * Runs a service method. Only the outermost call is counted (a method that calls another is
   * one call), injected faults fire before it runs, and ServiceErrors leave as the realm's Error
   * named "Exception".
   */
  run(method, body) {
    const outer = this.depth === 0;
    const started = outer ? performance.now() : 0;
    if (outer) {
      this.faults.refuseIfKilled(this.realm);
      this.calls.record(method);
      this.clock.advance(this.callCostMs);
    }
    this.depth++;
    try {
      if (outer) this.faults.beforeCall(WRITES.has(method), this.realm);
      const result = body();
      if (outer && WRITES.has(method)) this.faults.afterWrite();
      return result;
    } catch (e) {
      throw outer ? this.toRealm(e) : e;
    } finally {
      this.depth--;
      if (outer) this.calls.serviceMs += performance.now() - started;
    }
  }
  /** Adds to cellsRead/cellsWritten, but only for the outermost call's own work. */
  cells(kind, n) {
    if (this.depth !== 1) return;
    if (kind === "read") this.calls.cellsRead += n;
    else this.calls.cellsWritten += n;
  }
  error(message) {
    const e = new this.realm.Error(message);
    e.name = "Exception";
    return e;
  }
  toRealm(e) {
    return e instanceof ServiceError ? this.error(e.message) : e;
  }
  date(ms) {
    return new this.realm.Date(ms);
  }
  list(items) {
    return this.realm.Array.from(items);
  }
  grid(rows) {
    return this.realm.Array.from(rows, (row) => this.realm.Array.from(row));
  }
};
function instrument(cls, uncounted = []) {
  const proto = cls.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const impl = Object.getOwnPropertyDescriptor(proto, name)?.value;
    if (name === "constructor" || name.startsWith("_") || uncounted.includes(name) || typeof impl !== "function")
      continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      enumerable: false,
      value: function(...args) {
        return this._ctx.run(name, () => impl.apply(this, args));
      }
    });
  }
}

// fake-apps-script/src/inspect.ts
function extent(book, sheet) {
  return { rows: lastRowOf(book, sheet), cols: lastColumnOf(book, sheet) };
}
function grid(book, sheet, fn) {
  const { rows, cols } = extent(book, sheet);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_2, c) => fn(r + 1, c + 1)));
}
function shownText(book, sheet, row, col) {
  const value = computeCell(book, sheet, row, col);
  if (value === null) return "";
  if (isError(value)) return value.error;
  return canonicalText(value, book.cell(sheet, row, col)?.format);
}
function displayGrid(book, sheet) {
  return grid(book, sheet, (r, c) => shownText(book, sheet, r, c));
}
function formulaGrid(book, sheet) {
  return grid(book, sheet, (r, c) => book.cell(sheet, r, c)?.formula ?? "");
}
function errorNote(book, sheet, row, col) {
  const anchor = anchors(book, sheet).find((a) => a.row === row && a.col === col);
  if (anchor?.blocked) return anchor.blocked;
  const formula = book.cell(sheet, row, col)?.formula;
  if (formula) {
    try {
      parseFormula(formula, book.locale);
    } catch {
      return "Formula parse error.";
    }
  }
  return "";
}
function parseSheetUrl(url) {
  const gid = /[#&?]gid=(\d+)/.exec(url);
  const range = /[#&]range=(?:'[^']*'!|[^!&]*!)?\$?[A-Za-z]*\$?(\d+)/.exec(url);
  return { gid: gid ? gid[1] : null, targetRow: range ? Number(range[1]) : null };
}
function resolveLinkAt(book, sheet, row, col) {
  const cell = book.cell(sheet, row, col);
  const shown = shownText(book, sheet, row, col);
  if (!cell?.formula) return { label: shown, targetRow: null, gid: null };
  let root;
  try {
    root = parseFormula(cell.formula, book.locale);
  } catch {
    return { label: shown, targetRow: null, gid: null };
  }
  if (root.kind !== "call" || root.fn !== "HYPERLINK" || root.args.length === 0)
    return { label: shown, targetRow: null, gid: null };
  const ctx = { book, sheet, row, col, depth: 0 };
  try {
    const url = scalar(evaluate(root.args[0], ctx), ctx);
    const target = url === null || isError(url) ? { gid: null, targetRow: null } : parseSheetUrl(String(url));
    return { label: shown, ...target };
  } catch {
    return { label: shown, targetRow: null, gid: null };
  }
}

// fake-apps-script/src/properties.ts
var PROPERTY_VALUE_LIMIT = 8066;
var PROPERTY_STORE_LIMIT = 500 * 1024;
var PROPERTY_QUOTA_ERROR = "You have exceeded the property storage quota. Please remove some properties and try again.";
var bytes = (s) => Buffer.byteLength(s, "utf8");
var FakeProperties = class {
  constructor(_ctx, _store) {
    this._ctx = _ctx;
    this._store = _store;
  }
  _total(store2) {
    let total = 0;
    for (const [k, v] of store2) total += bytes(k) + bytes(v);
    return total;
  }
  /** Checks then applies a change, so a refused one leaves the store as it was. */
  _commit(next) {
    for (const v of next.values()) if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new ServiceError(PROPERTY_QUOTA_ERROR);
    if (this._total(next) > PROPERTY_STORE_LIMIT) throw new ServiceError(PROPERTY_QUOTA_ERROR);
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
  }
  getProperty(key) {
    return this._store.get(String(key)) ?? null;
  }
  getProperties() {
    return Object.fromEntries(this._store);
  }
  getKeys() {
    return this._ctx.list([...this._store.keys()]);
  }
  setProperty(key, value) {
    if (key === void 0 || key === null) throw new ServiceError("Invalid argument: key");
    this._commit(new Map(this._store).set(String(key), String(value)));
    return this;
  }
  setProperties(properties, deleteAllOthers = false) {
    const next = deleteAllOthers ? /* @__PURE__ */ new Map() : new Map(this._store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._commit(next);
    return this;
  }
  deleteProperty(key) {
    this._store.delete(String(key));
    return this;
  }
  deleteAllProperties() {
    this._store.clear();
    return this;
  }
};
instrument(FakeProperties);
function createPropertiesService(ctx, stores) {
  return {
    getDocumentProperties: () => new FakeProperties(ctx, stores.document),
    getScriptProperties: () => new FakeProperties(ctx, stores.script),
    getUserProperties: () => new FakeProperties(ctx, stores.user)
  };
}

// fake-apps-script/src/services.ts
import { createHash } from "node:crypto";

// fake-apps-script/src/format-date.ts
var pad2 = (n, width) => String(Math.abs(n)).padStart(width, "0");
function offsetText(offsetMinutes, style) {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const h = pad2(Math.trunc(Math.abs(offsetMinutes) / 60), 2);
  const m = pad2(Math.abs(offsetMinutes) % 60, 2);
  if (style.startsWith("X") && offsetMinutes === 0) return "Z";
  if (style === "X") return m === "00" ? `${sign}${h}` : `${sign}${h}${m}`;
  if (style === "XX" || style === "Z") return `${sign}${h}${m}`;
  if (style === "z") return `GMT${sign}${h}:${m}`;
  return `${sign}${h}:${m}`;
}
function field(letter, count, wall, offsetMinutes) {
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth();
  const hour = wall.getUTCHours();
  switch (letter) {
    case "y":
    case "Y":
      return count === 2 ? pad2(year % 100, 2) : pad2(year, count);
    case "M":
      return count >= 4 ? MONTHS2[month] : count === 3 ? MONTHS2[month].slice(0, 3) : pad2(month + 1, count);
    case "d":
      return pad2(wall.getUTCDate(), count);
    case "E":
      return count >= 4 ? DAYS[wall.getUTCDay()] : DAYS[wall.getUTCDay()].slice(0, 3);
    case "u":
      return String(wall.getUTCDay() === 0 ? 7 : wall.getUTCDay());
    case "a":
      return hour < 12 ? "AM" : "PM";
    case "H":
      return pad2(hour, count);
    case "k":
      return pad2(hour === 0 ? 24 : hour, count);
    case "K":
      return pad2(hour % 12, count);
    case "h":
      return pad2(hour % 12 === 0 ? 12 : hour % 12, count);
    case "m":
      return pad2(wall.getUTCMinutes(), count);
    case "s":
      return pad2(wall.getUTCSeconds(), count);
    case "S":
      return pad2(wall.getUTCMilliseconds(), count);
    case "X":
      return offsetText(offsetMinutes, count === 1 ? "X" : count === 2 ? "XX" : "XXX");
    case "Z":
      return offsetText(offsetMinutes, "Z");
    case "z":
      return offsetText(offsetMinutes, "z");
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}
function formatDatePattern(ms, timeZone, pattern) {
  const wall = new Date(wallMs(ms, timeZone));
  const offsetMinutes = Math.round(offsetMs(ms, timeZone) / 6e4);
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j++;
          continue;
        }
        if (pattern[j] === "'") break;
        out += pattern[j];
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in pattern ${pattern}`);
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, wall, offsetMinutes);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

// fake-apps-script/src/services.ts
var LOCK_TIMEOUT = "Lock timeout: another process was holding the lock for too long.";
var FakeLock = class {
  constructor(ctx, state) {
    this.ctx = ctx;
    this.state = state;
    this.held = false;
  }
  tryLock(timeoutMs) {
    this.state.lastWaitMs = timeoutMs;
    if (this.held) return true;
    const now = this.ctx.clock.now();
    const until = this.state.heldByOther ? Infinity : this.state.heldByOtherUntil ?? -Infinity;
    if (until > now) {
      const wait = Math.max(0, Number(timeoutMs) || 0);
      if (until - now > wait) {
        this.ctx.clock.advance(wait);
        return false;
      }
      this.ctx.clock.advance(until - now);
    }
    this.state.heldByOtherUntil = void 0;
    this.held = true;
    this.state.acquired++;
    return true;
  }
  waitLock(timeoutMs) {
    if (!this.tryLock(timeoutMs)) throw this.ctx.error(LOCK_TIMEOUT);
  }
  releaseLock() {
    if (!this.held) return;
    this.held = false;
    this.state.released++;
  }
  hasLock() {
    return this.held;
  }
};
function createLockService(ctx, state) {
  return {
    getDocumentLock: () => new FakeLock(ctx, state),
    getScriptLock: () => new FakeLock(ctx, state),
    getUserLock: () => new FakeLock(ctx, state)
  };
}
function text2(value) {
  if (typeof value === "string") return value;
  if (isDateObject(value)) return value.toISOString();
  if (Object.prototype.toString.call(value) === "[object Error]") return String(value);
  try {
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}
function createUtilities(ctx, logs) {
  let uuids = 0;
  const DigestAlgorithm = {
    MD2: "md2",
    MD5: "md5",
    SHA_1: "sha1",
    SHA_256: "sha256",
    SHA_384: "sha384",
    SHA_512: "sha512"
  };
  const bytes2 = (value) => Array.isArray(value) ? Buffer.from(value.map((b) => Number(b) & 255)) : Buffer.from(String(value), "utf8");
  return {
    DigestAlgorithm,
    Charset: { UTF_8: "UTF_8", US_ASCII: "US_ASCII" },
    formatDate(date3, timeZone, format) {
      if (!isDateObject(date3) || typeof timeZone !== "string" || typeof format !== "string") {
        throw ctx.error(
          `The parameters (${[date3, timeZone, format].map((v) => typeof v).join(",")}) don't match the method signature for Utilities.formatDate.`
        );
      }
      try {
        return formatDatePattern(date3.getTime(), timeZone, format);
      } catch (e) {
        if (!(e instanceof RangeError)) throw ctx.error(e.message);
        logs.push({ level: "warn", message: `fake: unknown time zone ${timeZone}, formatted as GMT` });
        return formatDatePattern(date3.getTime(), "GMT", format);
      }
    },
    /** Deterministic version-4-shaped ids, so runs repeat exactly. */
    getUuid() {
      const n = (++uuids).toString(16).padStart(12, "0");
      return `00000000-0000-4000-8000-${n}`;
    },
    /** Time passes on the fake's clock (https://developers.google.com/apps-script/reference/utilities/utilities#sleepmilliseconds). */
    sleep(ms) {
      ctx.clock.advance(Math.max(0, Number(ms) || 0));
    },
    /** Signed bytes, as Apps Script returns them. */
    computeDigest(algorithm, value) {
      const digest = createHash(algorithm).update(bytes2(value)).digest();
      return ctx.list(Array.from(digest, (b) => b > 127 ? b - 256 : b));
    },
    base64Encode: (value) => bytes2(value).toString("base64"),
    base64EncodeWebSafe: (value) => bytes2(value).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")
  };
}
var USERINFO_EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email";
function createSession(user, manifest) {
  const scoped = manifest.oauthScopes?.includes(USERINFO_EMAIL_SCOPE) ?? false;
  const person = { getEmail: () => scoped ? user : "" };
  return {
    getActiveUser: () => person,
    getEffectiveUser: () => person,
    /** Deliberately not the spreadsheet's zone: code must not use it for sheet dates. */
    getScriptTimeZone: () => "Etc/UTC",
    getActiveUserLocale: () => "en",
    getTemporaryActiveUserKey: () => "fake-temporary-user-key"
  };
}
var ScriptApp = {
  AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" },
  getScriptId: () => "fake-script-id"
};
function createLogger(logs) {
  const logger = {
    log(data, ...values) {
      let message = text2(data);
      for (const v of values) message = message.replace("%s", text2(v));
      logs.push({ level: "Logger", message });
      return logger;
    },
    getLog: () => logs.filter((l) => l.level === "Logger").map((l) => l.message).join("\n"),
    clear() {
      const kept = logs.filter((l) => l.level !== "Logger");
      logs.splice(0, logs.length, ...kept);
    }
  };
  return logger;
}
function createConsole(logs) {
  const at = (level) => (...args) => {
    logs.push({ level, message: args.map(text2).join(" ") });
  };
  return {
    log: at("log"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    debug: at("debug"),
    time() {
    },
    timeEnd() {
    }
  };
}

// fake-apps-script/src/shift.ts
function parseCorner(text4) {
  const m = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(text4);
  if (!m || !m[2] && !m[4]) return null;
  return { colAbs: m[1], col: m[2] ? columnNumber(m[2]) : null, rowAbs: m[3], row: m[4] ? Number(m[4]) : null };
}
function printCorner(c) {
  return `${c.col === null ? "" : c.colAbs + columnLetters(c.col)}${c.row === null ? "" : c.rowAbs + c.row}`;
}
function shiftAddress(address, axis2, at, delta) {
  const corners = address.split(":").map(parseCorner);
  if (corners.some((c) => !c) || corners.length > 2) return address;
  const [a, b = a] = corners;
  if (corners.length === 1 && (a.col === null || a.row === null)) return address;
  const start = a[axis2];
  const end = b[axis2];
  if (start === null || end === null) return address;
  const deletedEnd = at - delta - 1;
  let from;
  let to;
  if (delta > 0) {
    from = start >= at ? start + delta : start;
    to = end >= at ? end + delta : end;
  } else {
    if (start >= at && end <= deletedEnd) return null;
    from = start > deletedEnd ? start + delta : start >= at ? at : start;
    to = end > deletedEnd ? end + delta : end >= at ? at - 1 : end;
  }
  if (corners.length === 1) return printCorner({ ...a, [axis2]: from });
  return `${printCorner({ ...a, [axis2]: from })}:${printCorner({ ...b, [axis2]: to })}`;
}
function sheetPrefix(name) {
  return /^[A-Za-z_][\w.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}
function rewriteReferences(book, rewrite) {
  for (const host of book.sheets) {
    for (const line2 of host.rows) {
      for (const cell of line2 ?? []) {
        if (!cell?.formula) continue;
        let tokens;
        try {
          tokens = lex(cell.formula.slice(1), book.locale);
        } catch {
          continue;
        }
        const text4 = tokens.map((t) => {
          if (t.kind !== "ref" && t.kind !== "rows") return t.text;
          const { sheet, address } = splitSheetPrefix(t.text);
          const prefix = t.text.slice(0, t.text.length - address.length);
          const result = rewrite(sheet === null ? host : book.findSheet(sheet), prefix, address);
          return result === null ? "#REF!" : result;
        }).join("");
        if (`=${text4}` !== cell.formula) cell.formula = `=${text4}`;
      }
    }
  }
  book.touch();
}
function shiftReferences(book, sheet, axis2, at, delta) {
  rewriteReferences(book, (target, prefix, address) => {
    if (target !== sheet) return prefix + address;
    const moved = shiftAddress(address, axis2, at, delta);
    return moved === null ? null : prefix + moved;
  });
}
function renameReferences(book, sheet, newName) {
  rewriteReferences(
    book,
    (target, prefix, address) => target === sheet && prefix ? sheetPrefix(newName) + address : prefix + address
  );
}
function dropReferences(book, sheet) {
  rewriteReferences(book, (target, prefix, address) => target === sheet ? null : prefix + address);
}

// fake-apps-script/src/r1c1.ts
var SHEET = /((?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!)?/.source;
var PART = /(\[-?\d+\]|\d+)/.source;
var R1C1_REF = new RegExp(
  `(^|[^\\w.$'"])${SHEET}(?:C${PART}:C${PART}|R${PART}:R${PART}|R${PART}?C${PART}?)(?![\\w([])`,
  "g"
);
function axis(part, here) {
  if (part === void 0) return { n: here, abs: false };
  if (part.startsWith("[")) return { n: here + Number(part.slice(1, -1)), abs: false };
  return { n: Number(part), abs: true };
}
function r1c1ToA1(formula, row, col) {
  const off = () => new Error(`fake: R1C1 reference off the sheet in ${formula}`);
  const colA1 = (part) => {
    const c = axis(part, col);
    if (c.n < 1) throw off();
    return `${c.abs ? "$" : ""}${columnLetters(c.n)}`;
  };
  const rowA1 = (part) => {
    const r = axis(part, row);
    if (r.n < 1) throw off();
    return `${r.abs ? "$" : ""}${r.n}`;
  };
  return formula.split(/("(?:[^"]|"")*")/).map(
    (piece, k) => k % 2 === 1 ? piece : piece.replace(
      R1C1_REF,
      (_m, before, sheet, c1, c2, r1, r2, r, c) => {
        const prefix = `${before}${sheet ?? ""}`;
        if (c1 !== void 0) return `${prefix}${colA1(c1)}:${colA1(c2)}`;
        if (r1 !== void 0) return `${prefix}${rowA1(r1)}:${rowA1(r2)}`;
        return `${prefix}${colA1(c)}${rowA1(r)}`;
      }
    )
  ).join("");
}
function corner2(text4, row, col) {
  const m = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(text4);
  if (!m) return text4;
  const rowPart = m[4] ? m[3] ? `R${m[4]}` : `R[${Number(m[4]) - row}]` : "";
  const colPart = m[2] ? m[1] ? `C${columnNumber(m[2])}` : `C[${columnNumber(m[2]) - col}]` : "";
  return rowPart + colPart;
}
function a1ToR1C1(formula, row, col, locale) {
  let tokens;
  try {
    tokens = lex(formula.replace(/^=/, ""), locale);
  } catch {
    return formula;
  }
  const body = tokens.map((t) => {
    if (t.kind !== "ref") return t.text;
    const { address } = splitSheetPrefix(t.text);
    if (!parseA1(address, 1, 1)) return t.text;
    const prefix = t.text.slice(0, t.text.length - address.length);
    return prefix + address.split(":").map((part) => corner2(part, row, col)).join(":");
  }).join("");
  return formula.startsWith("=") ? `=${body}` : body;
}

// fake-apps-script/src/range-cells.ts
function readCell(ctx, sheet, row, col) {
  const value = computeCell(ctx.book, sheet, row, col);
  if (value === null) return "";
  if (isError(value)) return value.error;
  const format = ctx.book.cell(sheet, row, col)?.format;
  if (typeof value === "number" && isDateFormat(format)) return ctx.date(instantFromSerial(value, ctx.book.timeZone));
  return value;
}
function displayCell(ctx, sheet, row, col) {
  const value = computeCell(ctx.book, sheet, row, col);
  if (value === null) return "";
  if (isError(value)) return value.error;
  return displayText(value, ctx.book.cell(sheet, row, col)?.format);
}
function store(ctx, sheet, row, col, parsed2) {
  const old = ctx.book.cell(sheet, row, col) ?? {};
  let format = old.format;
  if (parsed2.format && (!format || /^general$/i.test(format) || isDateFormat(parsed2.format) && !isDateFormat(format))) {
    format = parsed2.format;
  }
  const cached = parsed2.formula !== void 0 && parsed2.formula === old.formula ? old.cached : void 0;
  ctx.book.setCell(sheet, row, col, {
    value: parsed2.value,
    formula: parsed2.formula,
    cached,
    format,
    fontWeight: old.fontWeight,
    background: old.background,
    validation: old.validation
  });
}
function blankWrite(ctx, sheet, row, col, input, parsed2) {
  if (input !== "" || parsed2.value !== void 0 || parsed2.formula !== void 0 || !ctx.book.arrayFormulas)
    return parsed2;
  return spillAt(ctx.book, sheet, row, col) ? { value: "" } : parsed2;
}
function formulaInput(input) {
  if (input === null || input === void 0 || input === "") return {};
  if (typeof input !== "string") throw new ServiceError("fake: setFormula expects a string");
  return input.startsWith("=") ? { formula: input } : parseTyped(input);
}
function checkShape(data, rect) {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new ServiceError(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues."
    );
  }
  if (data.length !== rect.numRows) {
    throw new ServiceError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`
    );
  }
  for (const row of data) {
    if (row.length !== rect.numCols) {
      throw new ServiceError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`
      );
    }
  }
  return data;
}
function storedFormat(format) {
  return format && format !== "General" ? format : void 0;
}

// fake-apps-script/src/regex-prefilter.ts
function re2Unsupported(pattern) {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass && /[1-9]/.test(next)) return `\\${next}`;
      if (!inClass && next === "k" && pattern[i + 2] === "<") return "\\k<";
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
    } else if (ch === "[") {
      inClass = true;
      if (pattern[i + 1] === "^") i++;
      if (pattern[i + 1] === "]") i++;
    } else if (ch === "(") {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(pattern.slice(i));
      if (look) return look[0];
    }
  }
  return null;
}
var SYNTAX = new Set("\\^$.|?*+()[]{}");
var QUANTIFIERS = new Set("*+?{");
function isSpace(code) {
  if (code > 32 && code < 127) return false;
  return code >= 9 && code <= 13 || code === 32 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function groupEnd(source2, open) {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source2.length; i++) {
    const ch = source2[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[")
      inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return -1;
}
function topLevelAlternatives(source2) {
  const parts = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source2.length; i++) {
    const ch = source2[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[")
      inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      parts.push(source2.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source2.slice(from));
  return parts;
}
function anchoredAlternatives(source2) {
  if (!source2.startsWith("^")) return null;
  const body = source2.slice(1);
  let alternatives;
  if (body.startsWith("(?:")) {
    const end = groupEnd(body, 0);
    if (end < 0 || QUANTIFIERS.has(body[end + 1] ?? "") || topLevelAlternatives(body).length !== 1) return null;
    alternatives = topLevelAlternatives(body.slice(3, end));
  } else {
    alternatives = topLevelAlternatives(body);
    if (alternatives.length !== 1) return null;
  }
  const all = [];
  for (const alternative of alternatives) {
    if (alternative.startsWith("^")) {
      const inner = anchoredAlternatives(alternative);
      if (!inner) return null;
      all.push(...inner);
    } else all.push(alternative);
  }
  return all;
}
function spacesCollapsed(text4, at, max, matchCase) {
  let out = "";
  let from = at;
  let i = at;
  while (i < text4.length && out.length + (i - from) < max) {
    if (!isSpace(text4.charCodeAt(i))) {
      i++;
      continue;
    }
    out += `${text4.slice(from, i)} `;
    while (i < text4.length && isSpace(text4.charCodeAt(i))) i++;
    from = i;
  }
  out += text4.slice(from, i);
  return matchCase ? out : out.toLowerCase();
}
function literalPrefix(alternative, matchCase) {
  let i = 0;
  const spaces = alternative.startsWith("\\s*");
  if (spaces) i = 3;
  let text4 = "";
  while (i < alternative.length) {
    let ch = alternative[i];
    let width = 1;
    if (ch === "\\" && alternative[i + 1] === "s") {
      ch = " ";
      width = alternative[i + 2] === "+" ? 3 : 2;
      if (i === 3 && spaces) break;
    } else if (ch === "\\") {
      ch = alternative[i + 1] ?? "";
      width = 2;
      if (!/^[!-/:-@[-`{-~]$/.test(ch)) break;
    } else if (SYNTAX.has(ch) || ch < " " || ch > "~") break;
    if (QUANTIFIERS.has(alternative[i + width] ?? "")) break;
    text4 += ch;
    i += width;
  }
  if (!text4 || spaces && text4[0] === " ") return null;
  return { spaces, text: spacesCollapsed(text4, 0, text4.length, matchCase) };
}
function prefixFilter(source2, matchCase) {
  const alternatives = anchoredAlternatives(source2);
  if (!alternatives) return null;
  const firstCode = (text4, at) => {
    const code = text4.charCodeAt(at);
    if (isSpace(code)) return 32;
    return !matchCase && code >= 65 && code <= 90 ? code + 32 : code;
  };
  const groups = [false, true].map(() => ({
    first: /* @__PURE__ */ new Set(),
    byLength: /* @__PURE__ */ new Map(),
    longest: 0
  }));
  for (const alternative of alternatives) {
    const prefix = literalPrefix(alternative, matchCase);
    if (!prefix) return null;
    const group2 = groups[prefix.spaces ? 1 : 0];
    group2.first.add(firstCode(prefix.text, 0));
    const texts = group2.byLength.get(prefix.text.length) ?? /* @__PURE__ */ new Set();
    texts.add(prefix.text);
    group2.byLength.set(prefix.text.length, texts);
    group2.longest = Math.max(group2.longest, prefix.text.length);
  }
  const startsWith = (shown, at, group2) => {
    if (at >= shown.length || !group2.first.has(firstCode(shown, at))) return false;
    const start = spacesCollapsed(shown, at, group2.longest, matchCase);
    for (const [length, texts] of group2.byLength) {
      if (length <= start.length && texts.has(length === start.length ? start : start.slice(0, length))) return true;
    }
    return false;
  };
  const [plain, spaced] = groups;
  return (shown) => {
    if (plain.first.size && startsWith(shown, 0, plain)) return true;
    if (!spaced.first.size) return false;
    let at = 0;
    while (at < shown.length && isSpace(shown.charCodeAt(at))) at++;
    return startsWith(shown, at, spaced);
  };
}

// fake-apps-script/src/text-finder.ts
function spreadsheetScopes(book) {
  const scopes = [];
  for (const sheet of book.sheets) {
    const numRows = lastRowOf(book, sheet);
    const numCols = lastColumnOf(book, sheet);
    if (numRows > 0 && numCols > 0) scopes.push({ sheet, rect: { row: 1, col: 1, numRows, numCols } });
  }
  return scopes;
}
var ShownValues = class {
  constructor() {
    this.byFormat = /* @__PURE__ */ new Map();
    this.size = 0;
  }
  get(value, format) {
    if (Object.is(value, -0)) return displayText(value, format);
    let shown = this.byFormat.get(format);
    if (!shown) this.byFormat.set(format, shown = /* @__PURE__ */ new Map());
    let text4 = shown.get(value);
    if (text4 === void 0) {
      text4 = displayText(value, format);
      if (++this.size > 5e4) {
        this.byFormat.clear();
        this.size = 0;
        this.byFormat.set(format, shown = /* @__PURE__ */ new Map());
      }
      shown.set(value, text4);
    }
    return text4;
  }
};
var FakeTextFinder = class {
  /** `scopes` is asked at each search, so a spreadsheet finder sees the sheets as they are then. */
  constructor(_ctx, _scopes, _text) {
    this._ctx = _ctx;
    this._scopes = _scopes;
    this._text = _text;
    this._matchCase = false;
    this._entireCell = false;
    this._formulaText = false;
    this._regex = false;
    this._position = -1;
  }
  /**
   * The test a cell's shown text must pass. With useRegularExpression(true) the search string is a
   * pattern (a JS RegExp, minus what RE2 lacks), case-insensitive unless matchCase(true), anchored
   * to the whole text with matchEntireCell(true) and free to match anywhere otherwise. An invalid
   * pattern throws "Exception: Invalid argument: <pattern>" when the search runs — the fake's choice
   * of wording (Apps Script's usual one for a bad argument); the exact message is not documented.
   * https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean)
   */
  _test() {
    const text4 = String(this._text);
    if (text4 === "") return () => false;
    if (this._regex) {
      const unsupported = re2Unsupported(text4);
      if (unsupported !== null) throw new ServiceError(`Invalid argument: ${text4}`);
      let pattern;
      const source2 = this._entireCell ? `^(?:${text4})$` : text4;
      try {
        pattern = new RegExp(source2, this._matchCase ? "" : "i");
      } catch {
        throw new ServiceError(`Invalid argument: ${text4}`);
      }
      const possible = prefixFilter(source2, this._matchCase);
      return possible ? (shown) => possible(shown) && pattern.test(shown) : (shown) => pattern.test(shown);
    }
    const wanted = this._matchCase ? text4 : text4.toLowerCase();
    return (shown) => {
      const seen = this._matchCase ? shown : shown.toLowerCase();
      return this._entireCell ? seen === wanted : seen.includes(wanted);
    };
  }
  /**
   * Blank cells are never found (a pattern such as `.*` or `^$` does not land on them). A plain
   * cell (no formula) shows its own text, or its number or boolean through its format; anything
   * else (formulas, spilled cells) is shown as a read shows it.
   */
  _matches() {
    const test = this._test();
    const found = [];
    const spills = this._ctx.book.arrayFormulas;
    const shownValues = new ShownValues();
    for (const { sheet, rect } of this._scopes()) {
      const { row, col, numRows, numCols } = rect;
      for (let r = row; r < row + numRows; r++) {
        const line2 = sheet.rows[r - 1];
        if (!line2 && !spills) continue;
        const end = spills ? col + numCols : Math.min(col + numCols, line2.length + 1);
        for (let c = col; c < end; c++) {
          const cell = line2?.[c - 1];
          let shown;
          if (cell !== void 0 && cell.formula === void 0 && cell.value !== void 0) {
            const value = cell.value;
            shown = typeof value === "string" ? value : shownValues.get(value, cell.format);
          } else if (cell?.formula === void 0 && !spills) {
            continue;
          } else {
            const formula = this._formulaText ? cell?.formula : void 0;
            shown = formula ?? displayCell(this._ctx, sheet, r, c);
          }
          if (shown !== "" && test(shown)) found.push({ sheet, row: r, col: c });
        }
      }
    }
    return found;
  }
  _range(at) {
    return new FakeRange(this._ctx, at.sheet, { row: at.row, col: at.col, numRows: 1, numCols: 1 });
  }
  matchCase(matchCase) {
    this._matchCase = !!matchCase;
    return this;
  }
  matchEntireCell(matchEntireCell) {
    this._entireCell = !!matchEntireCell;
    return this;
  }
  matchFormulaText(matchFormulaText) {
    this._formulaText = !!matchFormulaText;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean) */
  useRegularExpression(useRegEx) {
    this._regex = !!useRegEx;
    return this;
  }
  findAll() {
    return this._ctx.list(this._matches().map((m) => this._range(m)));
  }
  findNext() {
    const matches = this._matches();
    if (this._position + 1 >= matches.length) return null;
    return this._range(matches[++this._position]);
  }
  findPrevious() {
    const matches = this._matches();
    if (this._position <= 0) return null;
    return this._range(matches[--this._position]);
  }
};
instrument(FakeTextFinder, ["matchCase", "matchEntireCell", "matchFormulaText", "useRegularExpression"]);

// fake-apps-script/src/range.ts
var overlaps = (a, b) => a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
var inside = (a, b) => a.row >= b.row && a.col >= b.col && a.row + a.numRows <= b.row + b.numRows && a.col + a.numCols <= b.col + b.numCols;
var FakeRange = class _FakeRange {
  constructor(_ctx, _sheet, _rect) {
    this._ctx = _ctx;
    this._sheet = _sheet;
    this._rect = _rect;
    checkRect(_sheet, _rect);
  }
  /** Every cell position, row by row. */
  _cells(fn) {
    this._live();
    const { row, col, numRows, numCols } = this._rect;
    return Array.from(
      { length: numRows },
      (_, i) => Array.from({ length: numCols }, (_2, j) => fn(row + i, col + j, i, j))
    );
  }
  /** A range whose sheet was deleted, or which rows/columns deletion left outside, is unusable. */
  _live() {
    if (!this._ctx.book.sheets.includes(this._sheet)) throw new ServiceError("The sheet has been deleted.");
    checkRect(this._sheet, this._rect);
  }
  _size() {
    return this._rect.numRows * this._rect.numCols;
  }
  _write(parse) {
    const parsed2 = this._cells((row, col, i, j) => parse(i, j, row, col));
    this._cells((row, col, i, j) => store(this._ctx, this._sheet, row, col, parsed2[i][j]));
    this._ctx.cells("write", this._size());
    return this;
  }
  _restyle(fn) {
    this._live();
    this._cells(
      (row, col, i, j) => this._ctx.book.setCell(this._sheet, row, col, fn({ ...this._ctx.book.cell(this._sheet, row, col) }, i, j))
    );
    return this;
  }
  getValues() {
    this._ctx.cells("read", this._size());
    return this._ctx.grid(this._cells((r, c) => readCell(this._ctx, this._sheet, r, c)));
  }
  getValue() {
    this._ctx.cells("read", 1);
    this._live();
    return readCell(this._ctx, this._sheet, this._rect.row, this._rect.col);
  }
  getDisplayValues() {
    this._ctx.cells("read", this._size());
    return this._ctx.grid(this._cells((r, c) => displayCell(this._ctx, this._sheet, r, c)));
  }
  getDisplayValue() {
    this._ctx.cells("read", 1);
    this._live();
    return displayCell(this._ctx, this._sheet, this._rect.row, this._rect.col);
  }
  getFormulas() {
    this._ctx.cells("read", this._size());
    return this._ctx.grid(this._cells((r, c) => this._ctx.book.cell(this._sheet, r, c)?.formula ?? ""));
  }
  getFormula() {
    this._ctx.cells("read", 1);
    this._live();
    return this._ctx.book.cell(this._sheet, this._rect.row, this._rect.col)?.formula ?? "";
  }
  getNumberFormats() {
    return this._ctx.grid(this._cells((r, c) => this._ctx.book.cell(this._sheet, r, c)?.format ?? "General"));
  }
  getNumberFormat() {
    this._live();
    return this._ctx.book.cell(this._sheet, this._rect.row, this._rect.col)?.format ?? "General";
  }
  setValues(values) {
    const data = checkShape(values, this._rect);
    const tz = this._ctx.book.timeZone;
    return this._write((i, j, r, c) => {
      const parsed2 = parseWritten(data[i][j], tz, this._ctx.book.cell(this._sheet, r, c)?.format);
      return blankWrite(this._ctx, this._sheet, r, c, data[i][j], parsed2);
    });
  }
  setValue(value) {
    const tz = this._ctx.book.timeZone;
    return this._write(
      (_i, _j, r, c) => blankWrite(
        this._ctx,
        this._sheet,
        r,
        c,
        value,
        parseWritten(value, tz, this._ctx.book.cell(this._sheet, r, c)?.format)
      )
    );
  }
  setFormula(formula) {
    return this._write(() => formulaInput(formula));
  }
  setFormulas(formulas) {
    const data = checkShape(formulas, this._rect);
    return this._write((i, j) => formulaInput(data[i][j]));
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#getformulasr1c1 */
  getFormulasR1C1() {
    this._ctx.cells("read", this._size());
    const locale = this._ctx.book.locale;
    return this._ctx.grid(
      this._cells((r, c) => {
        const formula = this._ctx.book.cell(this._sheet, r, c)?.formula;
        return formula ? a1ToR1C1(formula, r, c, locale) : "";
      })
    );
  }
  getFormulaR1C1() {
    return this.getCell(1, 1).getFormulasR1C1()[0][0];
  }
  /** One R1C1 formula for every cell, its relative references resolved from each cell. */
  setFormulaR1C1(formula) {
    return this._write((_i, _j, r, c) => formulaInput(typeof formula === "string" ? r1c1ToA1(formula, r, c) : formula));
  }
  setFormulasR1C1(formulas) {
    const data = checkShape(formulas, this._rect);
    return this._write(
      (i, j, r, c) => formulaInput(typeof data[i][j] === "string" ? r1c1ToA1(data[i][j], r, c) : data[i][j])
    );
  }
  /**
   * Checkbox data validation on every cell, each set to FALSE (unchecked); getValues then gives
   * booleans, and the FALSE cells are content, so getLastRow/getDataRange reach the last one.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes
   */
  insertCheckboxes() {
    this._restyle((cell) => ({ ...cell, value: false, formula: void 0, cached: void 0, validation: "checkbox" }));
    this._ctx.cells("write", this._size());
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#removecheckboxes — values go too. */
  removeCheckboxes() {
    return this._restyle(
      (cell) => cell.validation === "checkbox" ? { ...cell, validation: void 0, value: typeof cell.value === "boolean" ? void 0 : cell.value } : cell
    );
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#check — only checkbox cells change. */
  check() {
    return this._restyle((cell) => cell.validation === "checkbox" ? { ...cell, value: true } : cell);
  }
  uncheck() {
    return this._restyle((cell) => cell.validation === "checkbox" ? { ...cell, value: false } : cell);
  }
  /** True/false when every cell is a checkbox in that state, null when mixed or not all checkboxes. */
  isChecked() {
    const states = new Set(
      this._cells((r, c) => {
        const cell = this._ctx.book.cell(this._sheet, r, c);
        return cell?.validation === "checkbox" ? cell.value === true : null;
      }).flat()
    );
    return states.size === 1 ? [...states][0] : null;
  }
  /**
   * Merges the block; only the top-left value survives, the other cells read ''.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#merge
   */
  merge() {
    this._live();
    const merges = this._sheet.merges;
    if (merges.some((m) => overlaps(m, this._rect) && !inside(m, this._rect))) {
      throw new ServiceError("You must select all cells in a merged range to merge or unmerge them.");
    }
    this._restyle(
      (cell, i, j) => i === 0 && j === 0 ? cell : { ...cell, value: void 0, formula: void 0, cached: void 0 }
    );
    this._sheet.merges = [...merges.filter((m) => !inside(m, this._rect)), { ...this._rect }];
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#breakapart */
  breakApart() {
    this._live();
    this._ctx.book.touch();
    this._sheet.merges = this._sheet.merges.filter((m) => !overlaps(m, this._rect));
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges */
  getMergedRanges() {
    this._live();
    return this._ctx.list(
      this._sheet.merges.filter((m) => overlaps(m, this._rect)).map((m) => new _FakeRange(this._ctx, this._sheet, { ...m }))
    );
  }
  isPartOfMerge() {
    this._live();
    return this._sheet.merges.some((m) => overlaps(m, this._rect));
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#createtextfinderfindtext */
  createTextFinder(findText) {
    this._live();
    const scope = { sheet: this._sheet, rect: { ...this._rect } };
    return new FakeTextFinder(this._ctx, () => [scope], findText);
  }
  clearContent() {
    return this._write(() => ({}));
  }
  clear() {
    this._cells((r, c) => this._ctx.book.setCell(this._sheet, r, c, void 0));
    this._ctx.cells("write", this._size());
    return this;
  }
  clearFormat() {
    return this._restyle((cell) => ({
      value: cell.value,
      formula: cell.formula,
      cached: cell.cached,
      validation: cell.validation
    }));
  }
  setNumberFormat(format) {
    return this._restyle((cell) => ({ ...cell, format: storedFormat(format) }));
  }
  setNumberFormats(formats) {
    const data = checkShape(formats, this._rect);
    return this._restyle((cell, i, j) => ({ ...cell, format: storedFormat(data[i][j]) }));
  }
  setFontWeight(weight) {
    return this._restyle((cell) => ({ ...cell, fontWeight: weight && weight !== "normal" ? weight : void 0 }));
  }
  setFontWeights(weights) {
    const data = checkShape(weights, this._rect);
    return this._restyle((cell, i, j) => ({
      ...cell,
      fontWeight: data[i][j] && data[i][j] !== "normal" ? data[i][j] : void 0
    }));
  }
  setBackground(color) {
    return this._restyle((cell) => ({ ...cell, background: color && color !== "#ffffff" ? color : void 0 }));
  }
  getRow() {
    return this._rect.row;
  }
  getColumn() {
    return this._rect.col;
  }
  getNumRows() {
    return this._rect.numRows;
  }
  getNumColumns() {
    return this._rect.numCols;
  }
  getHeight() {
    return this._rect.numRows;
  }
  getWidth() {
    return this._rect.numCols;
  }
  getLastRow() {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn() {
    return this._rect.col + this._rect.numCols - 1;
  }
  getA1Notation() {
    return rectA1(this._rect);
  }
  getSheet() {
    return this._ctx.views.sheet(this._sheet);
  }
  getCell(row, column) {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols) {
      throw new ServiceError("Cell reference out of range");
    }
    return new _FakeRange(this._ctx, this._sheet, {
      row: this._rect.row + row - 1,
      col: this._rect.col + column - 1,
      numRows: 1,
      numCols: 1
    });
  }
  offset(rowOffset, columnOffset, numRows, numColumns) {
    return new _FakeRange(this._ctx, this._sheet, {
      row: this._rect.row + rowOffset,
      col: this._rect.col + columnOffset,
      numRows: numRows ?? this._rect.numRows,
      numCols: numColumns ?? this._rect.numCols
    });
  }
  activate() {
    this._live();
    this._ctx.book.active = this._sheet;
    this._sheet.selection = [{ ...this._rect }];
    return this;
  }
};
instrument(FakeRange);

// fake-apps-script/src/range-list.ts
var FakeRangeList = class {
  constructor(_ctx, _ranges) {
    this._ctx = _ctx;
    this._ranges = _ranges;
  }
  getRanges() {
    return this._ctx.list(this._ranges.map((r) => new FakeRange(this._ctx, r._sheet, { ...r._rect })));
  }
  /** Applies fn to each range; `content` writes count their cells in cellsWritten. */
  _each(fn, content = true) {
    this._ranges.forEach((r) => {
      fn(r);
      if (content) this._ctx.cells("write", r._size());
    });
    return this;
  }
  activate() {
    const first = this._ranges[0];
    if (!first) return this;
    this._ctx.book.active = first._sheet;
    first._sheet.selection = this._ranges.map((r) => ({ ...r._rect }));
    return this;
  }
  clearContent() {
    return this._each((r) => r.clearContent());
  }
  clear() {
    return this._each((r) => r.clear());
  }
  setValue(value) {
    return this._each((r) => r.setValue(value));
  }
  setFormula(formula) {
    return this._each((r) => r.setFormula(formula));
  }
  setFormulaR1C1(formula) {
    return this._each((r) => r.setFormulaR1C1(formula));
  }
  setNumberFormat(format) {
    return this._each((r) => r.setNumberFormat(format), false);
  }
  setFontWeight(weight) {
    return this._each((r) => r.setFontWeight(weight), false);
  }
  setBackground(color) {
    return this._each((r) => r.setBackground(color), false);
  }
  insertCheckboxes() {
    return this._each((r) => r.insertCheckboxes(), false);
  }
  check() {
    return this._each((r) => r.check(), false);
  }
  uncheck() {
    return this._each((r) => r.uncheck(), false);
  }
};
instrument(FakeRangeList);

// fake-apps-script/src/sheet.ts
function whole(n, what) {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new ServiceError(`The parameters (${typeof n}) don't match the method signature for ${what}.`);
  }
  return n;
}
var FakeSheet = class {
  constructor(_ctx, _data) {
    this._ctx = _ctx;
    this._data = _data;
  }
  _live() {
    if (!this._ctx.book.sheets.includes(this._data)) throw new ServiceError("The sheet has been deleted.");
    return this._data;
  }
  _rect(a1) {
    const sheet = this._live();
    const { sheet: prefix, address } = splitSheetPrefix(a1);
    const rect = parseA1(address, sheet.rows.length, sheet.maxCols);
    if (!rect || prefix !== null && prefix.toLowerCase() !== sheet.name.toLowerCase())
      throw new ServiceError("Range not found");
    return rect;
  }
  _range(rect) {
    return new FakeRange(this._ctx, this._live(), rect);
  }
  _rangeArg(range) {
    if (typeof range === "string") return this._range(this._rect(range));
    if (range._sheet !== this._data) throw new ServiceError("The range must be on this sheet.");
    return range;
  }
  getName() {
    return this._live().name;
  }
  getSheetName() {
    return this._live().name;
  }
  getSheetId() {
    return this._live().id;
  }
  getIndex() {
    return this._ctx.book.sheets.indexOf(this._live()) + 1;
  }
  getParent() {
    return this._ctx.views.spreadsheet();
  }
  getMaxRows() {
    return this._live().rows.length;
  }
  getMaxColumns() {
    return this._live().maxCols;
  }
  getLastRow() {
    return lastRowOf(this._ctx.book, this._live());
  }
  getLastColumn() {
    return lastColumnOf(this._ctx.book, this._live());
  }
  getFrozenRows() {
    return this._live().frozenRows;
  }
  setName(name) {
    const other = this._ctx.book.findSheet(name);
    if (other && other !== this._data)
      throw new ServiceError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    renameReferences(this._ctx.book, this._live(), name);
    this._live().name = name;
    return this;
  }
  /**
   * Hides the tab; Sheets refuses to hide the last visible sheet.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
   */
  hideSheet() {
    const visible = this._ctx.book.sheets.filter((sheet) => !sheet.hidden);
    if (visible.length === 1 && visible[0] === this._live())
      throw new ServiceError("You can't hide all the sheets in a document.");
    this._live().hidden = true;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#showsheet */
  showSheet() {
    this._live().hidden = false;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#issheethidden */
  isSheetHidden() {
    return this._live().hidden;
  }
  activate() {
    this._ctx.book.active = this._live();
    return this;
  }
  getRange(a1OrRow, column, numRows, numColumns) {
    if (typeof a1OrRow === "string" && column === void 0) return this._range(this._rect(a1OrRow));
    const where = "SpreadsheetApp.Sheet.getRange";
    return this._range({
      row: whole(a1OrRow, where),
      col: whole(column, where),
      numRows: numRows === void 0 ? 1 : whole(numRows, where),
      numCols: numColumns === void 0 ? 1 : whole(numColumns, where)
    });
  }
  getRangeList(a1Notations) {
    return new FakeRangeList(
      this._ctx,
      a1Notations.map((a1) => this._range(this._rect(a1)))
    );
  }
  getDataRange() {
    const sheet = this._live();
    const rows = Math.max(lastRowOf(this._ctx.book, sheet), 1);
    const cols = Math.max(lastColumnOf(this._ctx.book, sheet), 1);
    return this._range({ row: 1, col: 1, numRows: rows, numCols: cols });
  }
  _checkPosition(position2, count, max, what) {
    whole(position2, `SpreadsheetApp.Sheet.insert`);
    whole(count, `SpreadsheetApp.Sheet.insert`);
    if (position2 < 1 || position2 > max || count < 1) throw new ServiceError(`Those ${what} are out of bounds.`);
  }
  insertRowsAfter(afterPosition, howMany) {
    const sheet = this._live();
    this._checkPosition(afterPosition, howMany, sheet.rows.length, "rows");
    this._ctx.book.insertRows(sheet, afterPosition + 1, howMany, afterPosition);
    shiftReferences(this._ctx.book, sheet, "row", afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition, howMany) {
    const sheet = this._live();
    this._checkPosition(beforePosition, howMany, sheet.rows.length, "rows");
    this._ctx.book.insertRows(sheet, beforePosition, howMany, beforePosition);
    shiftReferences(this._ctx.book, sheet, "row", beforePosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition) {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition, howMany) {
    const sheet = this._live();
    this._checkPosition(afterPosition, howMany, sheet.maxCols, "columns");
    this._ctx.book.insertColumns(sheet, afterPosition + 1, howMany, afterPosition);
    shiftReferences(this._ctx.book, sheet, "col", afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition, howMany) {
    const sheet = this._live();
    this._checkPosition(beforePosition, howMany, sheet.maxCols, "columns");
    this._ctx.book.insertColumns(sheet, beforePosition, howMany, beforePosition);
    shiftReferences(this._ctx.book, sheet, "col", beforePosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition) {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition) {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition, howMany) {
    const sheet = this._live();
    this._ctx.book.deleteRows(sheet, rowPosition, howMany);
    shiftReferences(this._ctx.book, sheet, "row", rowPosition, -howMany);
  }
  deleteRow(rowPosition) {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition, howMany) {
    const sheet = this._live();
    this._ctx.book.deleteColumns(sheet, columnPosition, howMany);
    shiftReferences(this._ctx.book, sheet, "col", columnPosition, -howMany);
  }
  deleteColumn(columnPosition) {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  /** Writes after the last row with content, growing the sheet when it is full, like Sheets. */
  appendRow(rowContents) {
    const sheet = this._live();
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new ServiceError("fake: appendRow needs a non-empty array");
    const parsed2 = rowContents.map((v) => parseWritten(v, this._ctx.book.timeZone, void 0));
    const row = lastRowOf(this._ctx.book, sheet) + 1;
    if (row > sheet.rows.length) this._ctx.book.insertRows(sheet, row, row - sheet.rows.length, null);
    if (rowContents.length > sheet.maxCols)
      this._ctx.book.insertColumns(sheet, sheet.maxCols + 1, rowContents.length - sheet.maxCols, null);
    parsed2.forEach((p, i) => store(this._ctx, sheet, row, i + 1, p));
    this._ctx.cells("write", rowContents.length);
    return this;
  }
  setFrozenRows(rows) {
    const sheet = this._live();
    if (rows < 0 || rows >= sheet.rows.length) throw new ServiceError("fake: cannot freeze that many rows");
    sheet.frozenRows = rows;
  }
  setActiveRange(range) {
    return this._rangeArg(range).activate();
  }
  setActiveSelection(range) {
    return this._rangeArg(range).activate();
  }
  setActiveRangeList(rangeList) {
    return rangeList.activate();
  }
  getActiveRange() {
    const selection = this._live().selection;
    const last = selection[selection.length - 1];
    return last ? this._range({ ...last }) : null;
  }
  getActiveRangeList() {
    const sheet = this._live();
    return sheet.selection.length ? new FakeRangeList(
      this._ctx,
      sheet.selection.map((r) => this._range({ ...r }))
    ) : null;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#createtextfinderfindtext */
  createTextFinder(findText) {
    const sheet = this._live();
    const rect = { row: 1, col: 1, numRows: sheet.rows.length, numCols: sheet.maxCols };
    return new FakeTextFinder(this._ctx, () => [{ sheet, rect }], findText);
  }
  getActiveCell() {
    const selection = this._live().selection;
    const last = selection[selection.length - 1] ?? { row: 1, col: 1 };
    return this._range({ row: last.row, col: last.col, numRows: 1, numCols: 1 });
  }
};
instrument(FakeSheet);

// fake-apps-script/src/ui.ts
var newUiRecord = () => ({ menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] });
var ADDON_MENU = "(add-on)";
var ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };
var Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" };
var FakeMenu = class {
  constructor(_title, _record) {
    this._title = _title;
    this._record = _record;
    this._items = [];
  }
  addItem(caption, functionName) {
    this._items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this._items.push("separator");
    return this;
  }
  addSubMenu(menu) {
    this._items.push({ caption: menu._title, functionName: "", submenu: menu._items });
    return this;
  }
  addToUi() {
    this._record.menus.push({ title: this._title, items: this._items });
  }
};
var FakeHtmlOutput = class {
  constructor(_content) {
    this._content = _content;
    this._title = "";
  }
  getContent() {
    return this._content;
  }
  setContent(content) {
    this._content = content;
    return this;
  }
  append(html) {
    this._content += html;
    return this;
  }
  appendUntrusted(text4) {
    this._content += escapeHtml(text4);
    return this;
  }
  clear() {
    this._content = "";
    return this;
  }
  getTitle() {
    return this._title;
  }
  setTitle(title) {
    this._title = title;
    return this;
  }
  getWidth() {
    return this._width;
  }
  setWidth(width) {
    this._width = width;
    return this;
  }
  getHeight() {
    return this._height;
  }
  setHeight(height) {
    this._height = height;
    return this;
  }
  setSandboxMode(_mode) {
    return this;
  }
  setXFrameOptionsMode(_mode) {
    return this;
  }
  setFaviconUrl(_url) {
    return this;
  }
  addMetaTag(_name, _content) {
    return this;
  }
};
function escapeHtml(text4) {
  return String(text4).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
var FakeHtmlTemplate = class {
  constructor(_source) {
    this._source = _source;
  }
  evaluate() {
    const html = this._source.replace(/<\?(!?)=\s*([A-Za-z_$][\w$]*)\s*\?>/g, (all, raw, name) => {
      if (!(name in this)) return all;
      const value = String(this[name]);
      return raw ? value : escapeHtml(value);
    });
    return new FakeHtmlOutput(html);
  }
  getRawContent() {
    return this._source;
  }
};
function createHtmlService(ctx, files) {
  const file = (name) => {
    const content = files[name] ?? files[name.replace(/\.html$/, "")];
    if (content === void 0) throw ctx.error(`No HTML file named ${name} was found.`);
    return content;
  };
  return {
    SandboxMode: { IFRAME: "IFRAME", NATIVE: "NATIVE", EMULATED: "EMULATED" },
    XFrameOptionsMode: { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" },
    createHtmlOutput: (html = "") => new FakeHtmlOutput(String(html)),
    createHtmlOutputFromFile: (name) => new FakeHtmlOutput(file(name)),
    createTemplate: (html) => new FakeHtmlTemplate(String(html)),
    createTemplateFromFile: (name) => new FakeHtmlTemplate(file(name))
  };
}
function asOutput(ctx, output, method) {
  if (!(output instanceof FakeHtmlOutput))
    throw ctx.error(`The parameters (${typeof output}) don't match the method signature for Ui.${method}.`);
  return output;
}
function createUi(ctx, record) {
  return {
    ButtonSet,
    Button,
    createAddonMenu: () => new FakeMenu(ADDON_MENU, record),
    createMenu: (title) => new FakeMenu(title, record),
    showSidebar(output) {
      const html = asOutput(ctx, output, "showSidebar");
      record.sidebars.push({
        title: html._title,
        content: html._content,
        ...html._width ? { width: html._width } : {}
      });
    },
    showModalDialog(output, title) {
      const html = asOutput(ctx, output, "showModalDialog");
      record.dialogs.push({ title, content: html._content, modal: true, width: html._width, height: html._height });
    },
    showModelessDialog(output, title) {
      const html = asOutput(ctx, output, "showModelessDialog");
      record.dialogs.push({ title, content: html._content, modal: false, width: html._width, height: html._height });
    },
    /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); answers OK/YES. */
    alert(a, b, c) {
      const titled = typeof b === "string" && c !== void 0;
      record.alerts.push(titled ? `${a}: ${b}` : a);
      const buttons = titled ? c : b;
      return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
    }
  };
}

// fake-apps-script/src/spreadsheet.ts
var FakeSelection = class {
  constructor(_ctx, _book) {
    this._ctx = _ctx;
    this._book = _book;
  }
  getActiveSheet() {
    return this._book.getActiveSheet();
  }
  getActiveRange() {
    return this._book.getActiveRange();
  }
  getActiveRangeList() {
    return this._book.getActiveRangeList();
  }
  getCurrentCell() {
    return this._book.getCurrentCell();
  }
};
instrument(FakeSelection);
var FakeSpreadsheet = class {
  constructor(_ctx, _ui, _name) {
    this._ctx = _ctx;
    this._ui = _ui;
    this._name = _name;
    this.views = /* @__PURE__ */ new Map();
    _ctx.views = { sheet: (data) => this._view(data), spreadsheet: () => this };
  }
  /** One Sheet object per sheet, so the same sheet compares equal to itself. */
  _view(data) {
    let view = this.views.get(data);
    if (!view) this.views.set(data, view = new FakeSheet(this._ctx, data));
    return view;
  }
  _sheetArg(sheet) {
    if (!(sheet instanceof FakeSheet) || !this._ctx.book.sheets.includes(sheet._data))
      throw new ServiceError("The sheet has been deleted.");
    return sheet._data;
  }
  getId() {
    return SPREADSHEET_ID;
  }
  getName() {
    return this._name;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this._ctx.book.timeZone;
  }
  /**
   * The locale (FakeOptions.locale, default en_GB) decides formula syntax: see locale.ts.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheetlocale
   */
  getSpreadsheetLocale() {
    return this._ctx.book.locale;
  }
  getNumSheets() {
    return this._ctx.book.sheets.length;
  }
  /** Serials stay as they are, so every date cell now means a different instant — as in Sheets. */
  setSpreadsheetTimeZone(timeZone) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone }).format(0);
    } catch {
      throw new ServiceError(`Invalid argument: ${timeZone}`);
    }
    this._ctx.book.timeZone = timeZone;
  }
  getSheets() {
    return this._ctx.list(this._ctx.book.sheets.map((s) => this._view(s)));
  }
  getSheetByName(name) {
    const data = this._ctx.book.findSheet(String(name));
    return data ? this._view(data) : null;
  }
  getSheetById(id) {
    const data = this._ctx.book.sheets.find((s) => s.id === id);
    return data ? this._view(data) : null;
  }
  /** insertSheet(), (index), (name), (name, index); the new sheet becomes the active one. */
  insertSheet(nameOrIndex, index) {
    const book = this._ctx.book;
    let name = typeof nameOrIndex === "string" ? nameOrIndex : void 0;
    const at = typeof nameOrIndex === "number" ? nameOrIndex : index ?? book.sheets.length;
    if (name === void 0) {
      let n = book.sheets.length + 1;
      while (book.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === "") throw new ServiceError("fake: sheet names cannot be blank");
    if (!Number.isInteger(at) || at < 0 || at > book.sheets.length)
      throw new ServiceError("The sheet index is out of range.");
    const data = book.addSheet(name, NEW_SHEET_ROWS, NEW_SHEET_COLUMNS, at);
    book.active = data;
    return this._view(data);
  }
  deleteSheet(sheet) {
    const data = this._sheetArg(sheet);
    this._ctx.book.removeSheet(data, () => dropReferences(this._ctx.book, data));
  }
  getActiveSheet() {
    return this._view(this._ctx.book.active);
  }
  setActiveSheet(sheet) {
    this._ctx.book.active = this._sheetArg(sheet);
    return sheet;
  }
  getActiveRange() {
    return this.getActiveSheet().getActiveRange();
  }
  getActiveRangeList() {
    return this.getActiveSheet().getActiveRangeList();
  }
  getCurrentCell() {
    return this.getActiveSheet().getActiveCell();
  }
  getSelection() {
    return new FakeSelection(this._ctx, this);
  }
  setActiveRange(range) {
    return range.activate();
  }
  setActiveRangeList(rangeList) {
    return rangeList.activate();
  }
  setActiveSelection(a1) {
    return this.getRange(a1).activate();
  }
  /** "Invoices!A1:C3", or an address on the active sheet. */
  getRange(a1) {
    const { sheet } = splitSheetPrefix(a1);
    const target = sheet === null ? this.getActiveSheet() : this.getSheetByName(sheet);
    if (!target) throw new ServiceError("Range not found");
    return target.getRange(a1);
  }
  /**
   * A finder over every sheet, hidden ones included, in tab order, each over its data range; its
   * findAll is one counted Sheets call (a read) giving ranges on their own sheets (text-finder.ts).
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createTextFinder(String)
   */
  createTextFinder(findText) {
    return new FakeTextFinder(this._ctx, () => spreadsheetScopes(this._ctx.book), findText);
  }
  toast(message, _title, _timeoutSeconds) {
    this._ui.toasts.push(String(message));
  }
};
instrument(FakeSpreadsheet);
function createSpreadsheetApp(ctx, spreadsheet, record) {
  const ui = createUi(ctx, record);
  return {
    getActiveSpreadsheet: () => spreadsheet,
    getActive: () => spreadsheet,
    openById(id) {
      if (id !== SPREADSHEET_ID) throw ctx.error(`fake: no spreadsheet with id ${id}`);
      return spreadsheet;
    },
    getActiveSheet: () => spreadsheet.getActiveSheet(),
    getActiveRange: () => spreadsheet.getActiveRange(),
    getActiveRangeList: () => spreadsheet.getActiveRangeList(),
    getCurrentCell: () => spreadsheet.getCurrentCell(),
    getSelection: () => spreadsheet.getSelection(),
    setActiveSheet: (sheet) => spreadsheet.setActiveSheet(sheet),
    setActiveRange: (range) => spreadsheet.setActiveRange(range),
    getUi: () => ui,
    /**
     * Counted (in `total`, `byMethod.flush` and `calls.flushes`, so code that flushes in a loop
     * shows up) but not in `sheetsCalls`: a flush only sends writes already counted. An armed
     * flush fault fires here (faults.ts). https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
     */
    flush: () => ctx.run("flush", () => ctx.faults.flush())
  };
}

// fake-apps-script/src/index.ts
var DEFAULT_MANIFEST = { oauthScopes: [USERINFO_EMAIL_SCOPE] };
function createFakeApps(options = {}) {
  const book = buildBook(options);
  const start = options.now === void 0 ? Date.now() : new Date(options.now).getTime();
  const clock = new Clock(start, options.virtualClock ?? false);
  const ctx = new Ctx(book, clock);
  ctx.realm = options.realm ?? HOST_REALM;
  ctx.callCostMs = options.callCostMs ?? 0;
  const ui = newUiRecord();
  const logs = [];
  const lock = { heldByOther: false, acquired: 0, released: 0 };
  const spreadsheet = new FakeSpreadsheet(ctx, ui, options.name ?? "Revoice test workbook");
  const setActive = (sheetName, ranges) => {
    const sheet = book.requireSheet(sheetName);
    sheet.selection = ranges.map((a1) => {
      const rect = parseA1(a1, sheet.rows.length, sheet.maxCols);
      if (!rect) throw new Error(`fake: not an A1 range: ${a1}`);
      return rect;
    });
    book.active = sheet;
  };
  if (options.active) setActive(options.active.sheet, options.active.ranges);
  const stores = {
    document: book.documentProperties,
    script: /* @__PURE__ */ new Map(),
    user: /* @__PURE__ */ new Map()
  };
  return {
    globals: {
      SpreadsheetApp: createSpreadsheetApp(ctx, spreadsheet, ui),
      HtmlService: createHtmlService(ctx, options.html ?? {}),
      LockService: createLockService(ctx, lock),
      PropertiesService: createPropertiesService(ctx, stores),
      Utilities: createUtilities(ctx, logs),
      Session: createSession(options.user ?? "bookkeeper@example.com", options.manifest ?? DEFAULT_MANIFEST),
      ScriptApp,
      Logger: createLogger(logs),
      console: createConsole(logs)
    },
    spreadsheet,
    calls: ctx.calls,
    faults: ctx.faults,
    lock,
    ui,
    clock,
    logs,
    snapshot: () => snapshotBook(book),
    display: (name) => displayGrid(book, book.requireSheet(name)),
    formulas: (name) => formulaGrid(book, book.requireSheet(name)),
    resolveLink: (name, row, col) => resolveLinkAt(book, book.requireSheet(name), row, col),
    errorNote: (name, row, col) => errorNote(book, book.requireSheet(name), row, col),
    setActive,
    withRealm: (realm, fn) => {
      const previous = ctx.realm;
      ctx.realm = realm;
      try {
        return fn();
      } finally {
        ctx.realm = previous;
      }
    },
    execute: (fn) => {
      ctx.faults.beginExecution();
      let ok = false;
      let result;
      try {
        result = fn();
        ok = true;
      } finally {
        const failure = ctx.faults.endExecution(ctx.realm);
        if (failure && (ok || failure.name === "ExecutionKilled")) throw ctx.toRealm(failure);
      }
      return result;
    }
  };
}

// fake-apps-script/src/load-bundle.ts
import { existsSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2, relative, sep } from "node:path";
import vm from "node:vm";
var REPO_ROOT = typeof __dirname === "string" && existsSync(join2(__dirname, "..", "..", "package.json")) ? join2(__dirname, "..", "..") : process.cwd();
var DEFAULT_CODE_PATH = join2(REPO_ROOT, "dist", "Code.js");
function built(path) {
  if (existsSync(path)) return path;
  const shown = path.startsWith(REPO_ROOT + sep) ? relative(REPO_ROOT, path).split(sep).join("/") : path;
  throw new Error(`${shown} is missing: run npm run build first`);
}
var contexts = /* @__PURE__ */ new WeakMap();
var VIRTUAL_DATE = `(function (now) {
  var RealDate = globalThis.Date;
  function VirtualDate() {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, arguments.length === 0 ? [now()] : Array.prototype.slice.call(arguments), new.target);
  }
  Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
  VirtualDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
  VirtualDate.now = function () { return now(); };
  VirtualDate.UTC = RealDate.UTC;
  VirtualDate.parse = RealDate.parse;
  Object.defineProperty(globalThis, 'Date', { value: VirtualDate, writable: true, configurable: true });
})`;
function loadBundle(apps, codePath = DEFAULT_CODE_PATH) {
  return loadScript(apps, readFileSync2(built(codePath), "utf8"), codePath);
}
function loadScript(apps, code, filename = "script.js") {
  const sandbox = { ...apps.globals };
  const context = vm.createContext(sandbox, { name: filename });
  if (apps.clock.virtual)
    vm.runInContext(VIRTUAL_DATE, context)(() => apps.clock.now());
  const realm = vm.runInContext("({ Date: Date, Error: Error, Array: Array })", context);
  apps.withRealm(realm, () => new vm.Script(code, { filename }).runInContext(context));
  const functions = {};
  for (const name of Object.getOwnPropertyNames(sandbox)) {
    const fn = sandbox[name];
    if (name in apps.globals || typeof fn !== "function") continue;
    const entry = (...args) => apps.withRealm(realm, () => apps.execute(() => fn(...args)));
    Object.defineProperty(entry, "name", { value: name });
    functions[name] = entry;
    contexts.set(entry, context);
  }
  return functions;
}
function assertJsonSafe(value, path = "result") {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, which google.script.run cannot carry`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertJsonSafe(v, `${path}[${i}]`));
    return;
  }
  const tag = Object.prototype.toString.call(value);
  const proto = typeof value === "object" ? Object.getPrototypeOf(value) : void 0;
  const plain = tag === "[object Object]" && (proto === null || Object.getPrototypeOf(proto) === null);
  if (!plain)
    throw new Error(
      `${path} is ${tag === "[object Object]" ? "a class instance" : tag}, which google.script.run cannot carry`
    );
  for (const [key, v] of Object.entries(value)) {
    if (v !== void 0) assertJsonSafe(v, `${path}.${key}`);
  }
}
function callJson(fn, ...args) {
  const context = contexts.get(fn);
  const json = JSON.stringify(args);
  const inner = (context ? vm.runInContext("JSON", context) : JSON).parse(json);
  let result;
  try {
    result = fn(...inner);
  } catch (e) {
    const err = e;
    const copy = new Error(String(err?.message ?? e));
    copy.name = err?.name ?? "Error";
    if (err?.stack) copy.stack = err.stack;
    throw copy;
  }
  if (result === void 0) return void 0;
  assertJsonSafe(result);
  return JSON.parse(JSON.stringify(result));
}
function readDistHtml(dir = join2(REPO_ROOT, "dist")) {
  const files = {};
  for (const name of readdirSync(built(dir))) {
    if (name.endsWith(".html")) files[name.slice(0, -".html".length)] = readFileSync2(join2(dir, name), "utf8");
  }
  return files;
}

// playground/changes.ts
var contentOf = (sheet) => JSON.stringify(sheet);
var sorted = (properties) => JSON.stringify(Object.entries(properties).sort());
function changesSince(loaded, now) {
  const before = new Map(loaded.sheets.map((s) => [s.sheetId, contentOf(s)]));
  const nowIds = new Set(now.sheets.map((s) => s.sheetId));
  const changed = [
    ...now.sheets.filter((s) => before.get(s.sheetId) !== contentOf(s)),
    ...loaded.sheets.filter((s) => !nowIds.has(s.sheetId))
  ];
  return {
    changedSheets: changed.filter((s) => !s.hidden).map((s) => s.name),
    hiddenChanged: changed.some((s) => s.hidden) || sorted(loaded.documentProperties) !== sorted(now.documentProperties)
  };
}

// playground/xlsx/model.ts
var BUILTIN_FORMATS = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "yyyy-mm-dd",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy-mm-dd h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mm:ss.0",
  48: "##0.0E+0",
  49: "@"
};
var SERIAL_1904_OFFSET = 1462;
function from1904(serial) {
  return serial + SERIAL_1904_OFFSET;
}
function parseCellRef(ref) {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

// playground/workbook-io.ts
var isDate = (cell) => typeof cell.value === "number" && isDateFormat(cell.format);
function fixtureCell(cell) {
  if (cell.formula) return { formula: cell.formula, value: cell.value ?? cell.error };
  if (cell.error !== void 0) return { text: cell.error };
  if (isDate(cell)) {
    const serial = cell.value;
    return Number.isInteger(serial) ? { date: isoFromSerial(serial, false) } : { dateTime: isoFromSerial(serial, true) };
  }
  if (typeof cell.value === "string" && cell.value.startsWith("=")) return { text: cell.value };
  return cell.value ?? "";
}
function fixtureFromXlsx(book) {
  const sheets = {};
  const formats = [];
  for (const sheet of book.sheets) {
    sheets[sheet.name] = Array.from(
      sheet.rows,
      (row, r) => Array.from(row ?? [], (cell, c) => {
        if (cell?.format) formats.push({ sheet: sheet.name, row: r + 1, col: c + 1, format: cell.format });
        return cell ? fixtureCell(cell) : "";
      })
    );
  }
  return { sheets, formats };
}
function applyFormats(apps, formats) {
  for (const { sheet, row, col, format } of formats) {
    apps.spreadsheet.getSheetByName(sheet)?.getRange(row, col).setNumberFormat(format);
  }
}
var ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!)$/;
function cachedResult(value, timeZone) {
  if (isDateObject(value)) return { value: serialFromInstant(value.getTime(), timeZone) };
  if (typeof value === "string" && ERROR_VALUE.test(value)) return { error: value };
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? { value } : {};
}
function xlsxFromFake(apps) {
  const snapshot = apps.snapshot();
  const sheets = snapshot.sheets.map((sheet) => {
    const rows = [];
    const formulaCells = Object.values(sheet.cells).some((c) => c.formula);
    const computed = formulaCells ? apps.spreadsheet.getSheetByName(sheet.name).getDataRange().getValues() : [];
    for (const [a1, stored] of Object.entries(sheet.cells)) {
      const at = parseCellRef(a1);
      const cell = stored.formula ? { formula: stored.formula, ...cachedResult(computed[at.row - 1]?.[at.col - 1], snapshot.timeZone) } : { value: stored.value };
      if (stored.format) cell.format = stored.format;
      if (cell.value === void 0 && !cell.formula) continue;
      (rows[at.row - 1] ??= [])[at.col - 1] = cell;
    }
    return { name: sheet.name, rows };
  });
  return { sheets };
}

// playground/session.ts
var PlaygroundSession = class {
  constructor(source2, distDir) {
    this.source = source2;
    this.distDir = distDir;
    this.version = 0;
    this.reset();
  }
  /** Loads the workbook afresh and opens it as Sheets would: onOpen builds the menu, then the sidebar. */
  reset() {
    const { sheets, formats = [] } = this.source.load();
    this.apps = createFakeApps({
      timeZone: this.source.timeZone,
      locale: this.source.locale,
      sheets,
      html: readDistHtml(this.distDir),
      name: this.source.name
    });
    applyFormats(this.apps, formats);
    this.api = loadBundle(this.apps, join3(this.distDir, "Code.js"));
    this.run("onOpen", []);
    this.run("showSidebar", []);
    this.loaded = this.apps.snapshot();
    this.changed();
  }
  /** What pressing Reset now would lose, for the page to ask about first. */
  resetCheck() {
    return {
      name: this.source.name,
      fromFile: this.source.fromFile === true,
      ...changesSince(this.loaded, this.apps.snapshot())
    };
  }
  changed() {
    this.version += 1;
  }
  /** Top-level functions google.script.run may call (Apps Script hides names ending in "_"). */
  callable() {
    return Object.keys(this.api).filter((name) => !name.endsWith("_")).sort();
  }
  /** Runs a top-level function with JSON-copied arguments; the result must be JSON-safe too. */
  run(name, args) {
    if (!Object.prototype.hasOwnProperty.call(this.api, name) || name.endsWith("_")) {
      return { ok: false, error: { name: "ScriptError", message: `Script function not found: ${name}` } };
    }
    try {
      return { ok: true, value: callJson(this.api[name], ...args) ?? null };
    } catch (e) {
      const error = e;
      return { ok: false, error: { name: error.name ?? "Error", message: String(error.message ?? e) } };
    } finally {
      this.changed();
    }
  }
  /** The add-on menu onOpen built (captions and functions), flattened. */
  menu() {
    const addon = this.apps.ui.menus[this.apps.ui.menus.length - 1];
    const flat = (items) => items.flatMap((item2) => item2 === "separator" ? [] : item2.submenu ? flat(item2.submenu) : [item2]);
    return addon ? flat(addon.items) : [];
  }
  /** A menu click: only functions the add-on put in its menu. */
  runMenu(functionName) {
    const alerts = this.apps.ui.alerts.length;
    const sidebars = this.apps.ui.sidebars.length;
    const outcome = this.menu().some((item2) => item2.functionName === functionName) ? this.run(functionName, []) : { ok: false, error: { name: "Error", message: `${functionName} is not in the add-on menu.` } };
    const shown = this.apps.ui.sidebars.length > sidebars ? this.apps.ui.sidebars.length - 1 : null;
    return { ...outcome, alerts: this.apps.ui.alerts.slice(alerts), sidebar: shown };
  }
  /** Selects whole rows ("2:5") on a sheet, or just shows the sheet with its own selection. */
  select(sheetName, ranges) {
    const sheet = this.apps.spreadsheet.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named ${sheetName}.`);
    if (ranges && ranges.length) this.apps.setActive(sheet.getName(), ranges);
    else this.apps.spreadsheet.setActiveSheet(sheet);
    this.changed();
  }
  /** Changes the workbook outside the add-on (as a person typing in the sheet would). */
  edit(change) {
    change(this.apps);
    this.changed();
  }
};

// playground/sources.ts
import { basename } from "node:path";

// fake-apps-script/src/synthetic-workbook.ts
var date2 = (iso) => ({ date: iso });
var AUDIT_HEADER = ["Timestamp", "User", "Action", "Invoice ID", "Result ID", "Request Key", "Details"];
function auditLog(rows) {
  const log = [AUDIT_HEADER];
  for (let i = 1; i <= rows; i++) {
    const id = `INV-2025-${String(i).padStart(5, "0")}`;
    const day = String(1 + i % 28).padStart(2, "0");
    const result = {
      invoiceId: id,
      ok: true,
      voided: true,
      newInvoiceId: `${id}-R1`,
      total: "209.00",
      transferred: "100.00"
    };
    log.push([
      { dateTime: `2025-11-${day}T10:${String(i % 60).padStart(2, "0")}:00` },
      "bookkeeper@example.com",
      "void-and-regenerate",
      id,
      `${id}-R1`,
      `key-${Math.ceil(i / 20)}`,
      JSON.stringify({ result, reason: "Rates changed", mode: "schedule" })
    ]);
  }
  return log;
}
function syntheticSheets(options) {
  const { invoices, padding = 0, fourthLineEvery = 0, auditRows } = options;
  const invoiceRows = [
    [
      "Invoice ID",
      "Reference",
      "Customer",
      "Period Start",
      "Period End",
      "Issue Date",
      "Due Date",
      "Currency",
      "Status",
      "Subtotal",
      "Tax",
      "Total",
      "Accounting ID"
    ]
  ];
  const lines = [
    ["Invoice ID", "Kind", "Description", "Quantity", "Unit Price", "Amount", "Tax Rate", "Source"]
  ];
  const schedule = [
    [
      "Customer",
      "Kind",
      "Description",
      "Frequency",
      "Days",
      "Units",
      "Rate",
      "Effective From",
      "Effective To",
      "Tax Rate"
    ]
  ];
  const payments = [["Payment ID", "Invoice ID", "Date", "Amount", "Method", "Note"]];
  for (let i = 1; i <= padding + invoices; i++) {
    const child2 = `Child ${String(i).padStart(4, "0")}`;
    const id = `INV-${String(i).padStart(5, "0")}`;
    const fourth = fourthLineEvery > 0 && i % fourthLineEvery === 0;
    const subtotal = fourth ? 200 : 185;
    invoiceRows.push([
      id,
      `REF-${i}`,
      child2,
      date2("2026-03-01"),
      date2("2026-03-31"),
      date2("2026-03-01"),
      date2("2026-03-15"),
      "GBP",
      "open",
      subtotal,
      24,
      subtotal + 24,
      `ACC-${i}`
    ]);
    lines.push(
      [id, "session", "Morning sessions", 12, 10, 120, 0.2, "Schedule"],
      [id, "charge", "Meals", 1, 40, 40, 0, "Schedule"],
      [id, "manual", "Trip to the farm", 1, 25, 25, 0, ""]
    );
    if (fourth) lines.push([id, "manual", "Late pick-up", 1, 15, 15, 0, ""]);
    schedule.push(
      [child2, "session", "Morning sessions", "daily", "Mon, Wed, Fri", 1, 10.5, "", "", "20%"],
      [child2, "charge", "Meals", "monthly", "", 1, 42, "", "", 0],
      [child2, "session", "Forest school", "weekly", "", 2, 7.25, date2("2026-03-16"), "", 0]
    );
    payments.push([`P-${i}`, id, date2("2026-03-10"), 100, "card", ""]);
  }
  const sheets = {
    Invoices: invoiceRows,
    "Invoice Lines": lines,
    Schedule: schedule,
    Closures: [
      ["Date", "Customer"],
      [date2("2026-03-06"), ""]
    ],
    Payments: payments,
    "Credit Notes": [["Credit Note ID", "Invoice ID", "Customer", "Date", "Refund", "Credit", "Reason"]]
  };
  if (auditRows !== void 0) sheets["Audit Log"] = auditLog(auditRows);
  return sheets;
}

// playground/workbook-file.ts
import { readFileSync as readFileSync3, statSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// playground/xlsx/read.ts
import { strFromU8, unzipSync } from "fflate";

// playground/xlsx/shared-formula.ts
function shiftCorner(corner3, dRow, dCol) {
  const row = (abs, digits2) => abs + (abs ? Number(digits2) : Number(digits2) + dRow);
  const rowOnly = /^(\$?)(\d+)$/.exec(corner3);
  if (rowOnly) return row(rowOnly[1], rowOnly[2]);
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d*)$/.exec(corner3);
  if (!m) return corner3;
  const [, colAbs, letters, rowAbs, digits] = m;
  const col = parseCellRef(`${letters}1`).col;
  return colAbs + columnLetters(colAbs ? col : col + dCol) + (digits ? row(rowAbs, digits) : "");
}
function shiftFormula(text4, dRow, dCol) {
  let tokens;
  try {
    tokens = lex(text4);
  } catch {
    return null;
  }
  return tokens.map((t) => {
    if (t.kind !== "ref" && t.kind !== "rows" || !/[\d:]/.test(t.text)) return t.text;
    const bang = t.text.lastIndexOf("!");
    const sheet = t.text.slice(0, bang + 1);
    return sheet + t.text.slice(bang + 1).split(":").map((c) => shiftCorner(c, dRow, dCol)).join(":");
  }).join("");
}

// playground/xlsx/xml.ts
var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(text4) {
  return text4.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, code) => {
    if (code[0] !== "#") return ENTITIES[code] ?? all;
    const n = code[1] === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : all;
  });
}
var localName = (name) => name.slice(name.indexOf(":") + 1);
var ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
var TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
function parseXml(text4) {
  const root = { name: "#document", attrs: {}, children: [] };
  const stack = [root];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text4); m; m = TOKEN.exec(text4)) {
    const top = stack[stack.length - 1];
    const [, cdata, closing, opening, attrText, selfClosing, chars] = m;
    if (cdata !== void 0) top.children.push(cdata);
    else if (chars !== void 0) top.children.push(decodeEntities(chars));
    else if (closing !== void 0) {
      if (stack.length < 2 || top.name !== localName(closing)) throw new Error(`xlsx: unbalanced </${closing}>`);
      stack.pop();
    } else if (opening !== void 0) {
      const attrs = {};
      for (const a of (attrText ?? "").matchAll(ATTR)) attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? "");
      const node = { name: localName(opening), attrs, children: [] };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`xlsx: <${stack[stack.length - 1].name}> is never closed`);
  const element = root.children.find((c) => typeof c !== "string");
  if (!element) throw new Error("xlsx: empty XML document");
  return element;
}
function childElements(node, name) {
  return node.children.filter((c) => typeof c !== "string" && (name === void 0 || c.name === name));
}
function child(node, name) {
  return childElements(node, name)[0];
}
function textOf(node, skip = []) {
  return node.children.map((c) => typeof c === "string" ? c : skip.includes(c.name) ? "" : textOf(c, skip)).join("");
}
function decodeOoxmlText(text4) {
  return text4.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function encodeOoxmlText(text4) {
  return text4.replace(/_x([0-9a-fA-F]{4})_/g, "_x005F_x$1_").replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`
  );
}
function escapeXml(text4) {
  return text4.replace(
    /[<>&"\r]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "\r": "&#13;" })[c]
  );
}

// playground/xlsx/styles.ts
function readCellFormats(styles) {
  if (!styles) return [];
  const custom = /* @__PURE__ */ new Map();
  for (const f of childElements(child(styles, "numFmts") ?? styles, "numFmt")) {
    custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? "");
  }
  const xfs = child(styles, "cellXfs");
  return (xfs ? childElements(xfs, "xf") : []).map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    return code === void 0 || /^general$/i.test(code) ? void 0 : code;
  });
}
var FIRST_CUSTOM_ID = 164;
function writeStyles(formats) {
  const codes = [...new Set(formats)];
  const index = new Map(codes.map((code, i) => [code, i + 1]));
  const numFmts = codes.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_ID + i}" formatCode="${escapeXml(code)}"/>`).join("");
  const xfs = codes.map(
    (_, i) => `<xf numFmtId="${FIRST_CUSTOM_ID + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
  ).join("");
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + (codes.length ? `<numFmts count="${codes.length}">${numFmts}</numFmts>` : "") + `<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${codes.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  return { xml, styleOf: (format) => format === void 0 ? 0 : index.get(format) ?? 0 };
}

// playground/xlsx/read.ts
function load(files, path) {
  const bytes2 = files[path];
  return bytes2 ? parseXml(strFromU8(bytes2)) : void 0;
}
function resolve(fromPart, target) {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}
function relationships(files, part) {
  const slash = part.lastIndexOf("/");
  const rels = load(files, `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  const out = /* @__PURE__ */ new Map();
  for (const r of rels ? childElements(rels, "Relationship") : []) {
    out.set(r.attrs.Id, { type: r.attrs.Type ?? "", path: resolve(part, r.attrs.Target ?? "") });
  }
  return out;
}
var byType = (rels, type) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.path;
var PHONETIC = ["rPh"];
function cellValue(c, ctx) {
  const v = child(c, "v");
  const text4 = v ? textOf(v) : void 0;
  switch (c.attrs.t) {
    case "s":
      return { value: ctx.strings[Number(text4)] ?? "" };
    case "inlineStr": {
      const is = child(c, "is");
      return { value: is ? decodeOoxmlText(textOf(is, PHONETIC)) : "" };
    }
    case "str":
      return text4 === void 0 ? {} : { value: decodeOoxmlText(text4) };
    case "b":
      return { value: text4 === "1" || text4 === "true" };
    case "e":
      return text4 ? { error: text4 } : {};
    case "d":
      return text4 ? { value: serialFromLocalIso(text4.replace(/Z$/, "").slice(0, 19)) } : {};
    default: {
      if (text4 === void 0 || text4.trim() === "") return {};
      const n = Number(text4);
      return Number.isFinite(n) ? { value: n } : {};
    }
  }
}
function formulaOf(f, row, col, ctx) {
  if (!f) return void 0;
  let text4 = textOf(f);
  if (f.attrs.t === "shared" && f.attrs.si !== void 0) {
    const master = ctx.shared.get(f.attrs.si);
    if (text4) ctx.shared.set(f.attrs.si, { text: text4, row, col });
    else if (master) text4 = shiftFormula(master.text, row - master.row, col - master.col) ?? "";
  }
  return text4 ? `=${text4.replace(/_xl(?:fn|ws)\./g, "")}` : void 0;
}
function readCell2(c, row, col, ctx) {
  const cell = cellValue(c, ctx);
  const format = ctx.formats[Number(c.attrs.s ?? 0)];
  if (format) cell.format = format;
  if (ctx.date1904 && typeof cell.value === "number" && isDateFormat(format)) cell.value = from1904(cell.value);
  const formula = formulaOf(child(c, "f"), row, col, ctx);
  if (formula) cell.formula = formula;
  return cell.value !== void 0 || cell.formula || cell.error ? cell : void 0;
}
function readSheet(name, xml, ctx) {
  const rows = [];
  const data = xml && child(xml, "sheetData");
  let r = 0;
  for (const rowNode of data ? childElements(data, "row") : []) {
    r = rowNode.attrs.r ? Number(rowNode.attrs.r) : r + 1;
    let c = 0;
    for (const cellNode of childElements(rowNode, "c")) {
      c = parseCellRef(cellNode.attrs.r ?? "")?.col ?? c + 1;
      const cell = readCell2(cellNode, r, c, ctx);
      if (cell) (rows[r - 1] ??= [])[c - 1] = cell;
    }
  }
  return { name, rows };
}
function readXlsx(bytes2) {
  const files = unzipSync(bytes2);
  const workbookPath2 = byType(relationships(files, ""), "officeDocument") ?? "xl/workbook.xml";
  const workbook = load(files, workbookPath2);
  if (!workbook) throw new Error("Not an .xlsx workbook: it has no xl/workbook.xml.");
  const rels = relationships(files, workbookPath2);
  const sst = byType(rels, "sharedStrings");
  const sstXml = sst ? load(files, sst) : void 0;
  const stylesPath = byType(rels, "styles");
  const ctx = {
    strings: sstXml ? childElements(sstXml, "si").map((si) => decodeOoxmlText(textOf(si, PHONETIC))) : [],
    formats: readCellFormats(stylesPath ? load(files, stylesPath) : void 0),
    date1904: /^(1|true)$/.test(child(workbook, "workbookPr")?.attrs.date1904 ?? ""),
    shared: /* @__PURE__ */ new Map()
  };
  const sheets = child(workbook, "sheets");
  return {
    sheets: (sheets ? childElements(sheets, "sheet") : []).map((s) => {
      ctx.shared.clear();
      const id = Object.entries(s.attrs).find(([key]) => key.endsWith(":id"))?.[1] ?? "";
      const path = rels.get(id)?.path;
      return readSheet(s.attrs.name ?? "Sheet", path ? load(files, path) : void 0, ctx);
    })
  };
}

// playground/workbook-file.ts
var PlainError = class extends Error {
};
function workbookPath(typed, env = process.env) {
  return { typed, resolved: resolve2(env.INIT_CWD || process.cwd(), typed) };
}
function shownPath({ typed, resolved }) {
  return typed === resolved ? typed : `${typed} (${resolved})`;
}
var SAVE_AS_XLSX = "save it from Google Sheets as File \u2192 Download \u2192 Microsoft Excel (.xlsx)";
var isZip = (bytes2) => bytes2.length >= 4 && bytes2[0] === 80 && bytes2[1] === 75 && bytes2[2] === 3 && bytes2[3] === 4;
function readBytes(path) {
  const shown = shownPath(path);
  try {
    if (statSync(path.resolved).isDirectory())
      throw new PlainError(`${shown} is a folder: give the path of the .xlsx file inside it.`);
    return readFileSync3(path.resolved);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new PlainError(`There is no file ${shown}: check the name and the folder, or give the full path.`);
    if (code === "EACCES" || code === "EPERM") throw new PlainError(`${shown} cannot be read: permission denied.`);
    throw e;
  }
}
function readWorkbookFile(path) {
  const bytes2 = readBytes(path);
  const shown = shownPath(path);
  if (!isZip(bytes2)) throw new PlainError(`${shown} is not an .xlsx workbook: ${SAVE_AS_XLSX}.`);
  let book;
  try {
    book = readXlsx(bytes2);
  } catch (e) {
    throw new PlainError(`${shown} could not be read as an .xlsx workbook (${e.message}): ${SAVE_AS_XLSX}.`);
  }
  if (!book.sheets.length) throw new PlainError(`${shown} has no sheets.`);
  return book;
}

// playground/sources.ts
function sampleSource(timeZone = SAMPLE_TIME_ZONE) {
  return { name: SAMPLE_NAME, timeZone, load: () => ({ sheets: nurserySample() }) };
}
function sheetsSource(sheets, name = "Test workbook", timeZone = SAMPLE_TIME_ZONE) {
  const json = JSON.stringify(sheets);
  return { name, timeZone, load: () => ({ sheets: JSON.parse(json) }) };
}
function syntheticSource(invoices, timeZone = SAMPLE_TIME_ZONE) {
  return sheetsSource(syntheticSheets({ invoices }), `Synthetic nursery, ${invoices} invoices`, timeZone);
}
function xlsxSource(file, timeZone = SAMPLE_TIME_ZONE) {
  const path = typeof file === "string" ? workbookPath(file) : file;
  const json = JSON.stringify(fixtureFromXlsx(readWorkbookFile(path)));
  return { name: basename(path.resolved), timeZone, fromFile: true, load: () => JSON.parse(json) };
}

// playground/view.ts
function workbookView(session) {
  const { apps } = session;
  const spreadsheet = apps.spreadsheet;
  const sheets = spreadsheet.getSheets();
  const nameOfGid = new Map(sheets.map((s) => [String(s.getSheetId()), s.getName()]));
  const active = spreadsheet.getActiveSheet();
  const name = active.getName();
  const links = [];
  apps.formulas(name).forEach(
    (line2, r) => line2.forEach((formula, c) => {
      if (!/^=\s*HYPERLINK\s*\(/i.test(formula)) return;
      const target = apps.resolveLink(name, r + 1, c + 1);
      const sheet = target.targetRow === null ? null : target.gid === null ? name : nameOfGid.get(target.gid) ?? null;
      links.push({ row: r + 1, col: c + 1, sheet, targetRow: sheet === null ? null : target.targetRow });
    })
  );
  const ranges = active.getActiveRangeList()?.getRanges() ?? [];
  const data = active.getDataRange();
  const numeric = data.getValues().map((line2) => line2.flatMap((value, c) => typeof value === "number" || isDateObject(value) ? [c] : []));
  return {
    version: session.version,
    name: spreadsheet.getName(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    // Hidden sheets (Revoice's journal) have no tab in Sheets.
    sheets: sheets.filter((s) => !s.isSheetHidden()).map((s) => s.getName()),
    active: name,
    rows: data.getDisplayValues(),
    numeric,
    links,
    selection: ranges.map((r) => ({ row: r.getRow(), numRows: r.getNumRows() })),
    menu: session.menu(),
    sidebar: apps.ui.sidebars.length - 1
  };
}

// playground/xlsx/write.ts
import { strToU8, zipSync } from "fflate";
var HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
var MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
var REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
var PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
var TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";
var text3 = (s) => escapeXml(encodeOoxmlText(s));
function cellXml(ref, cell, style) {
  const s = style ? ` s="${style}"` : "";
  const { value, error } = cell;
  const type = error !== void 0 ? "e" : typeof value === "boolean" ? "b" : typeof value === "string" ? cell.formula ? "str" : "inlineStr" : "";
  const t = type ? ` t="${type}"` : "";
  const f = cell.formula ? `<f>${text3(cell.formula.replace(/^=/, ""))}</f>` : "";
  let v = "";
  if (error !== void 0) v = `<v>${escapeXml(error)}</v>`;
  else if (typeof value === "boolean") v = `<v>${value ? 1 : 0}</v>`;
  else if (typeof value === "number") v = `<v>${value}</v>`;
  else if (typeof value === "string")
    v = cell.formula ? `<v>${text3(value)}</v>` : `<is><t xml:space="preserve">${text3(value)}</t></is>`;
  return `<c r="${ref}"${s}${t}>${f}${v}</c>`;
}
function sheetXml(sheet, styleOf) {
  const rows = sheet.rows.map((row, r) => {
    const cells = (row ?? []).map((cell, c) => cell ? cellXml(`${columnLetters(c + 1)}${r + 1}`, cell, styleOf(cell.format)) : "").join("");
    return cells ? `<row r="${r + 1}">${cells}</row>` : "";
  }).join("");
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData></worksheet>`;
}
function writeXlsx(book) {
  if (!book.sheets.length) throw new Error("A workbook needs at least one sheet.");
  const formats = book.sheets.flatMap(
    (s) => s.rows.flatMap((row) => (row ?? []).flatMap((c) => c?.format ? [c.format] : []))
  );
  const styles = writeStyles(formats);
  const n = book.sheets.length;
  const files = {
    "[Content_Types].xml": `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` + book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`).join("") + "</Types>",
    "_rels/.rels": `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` + book.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") + "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${PKG_REL}">` + book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") + `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": styles.xml
  };
  book.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, styles.styleOf);
  });
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])), { level: 6 });
}

// playground/server.ts
var XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
function downloadName(name) {
  const base = name.replace(/\.xlsx$/i, "").replace(/[^\w .-]+/g, " ").replace(/\s+/g, " ").trim() || "workbook";
  return `${base} (Revoice playground).xlsx`;
}
function isStringArray(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
async function route(req, res, session, assets) {
  checkOrigin(req);
  const url = new URL(req.url ?? "/", "http://playground");
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw new HttpError(400, "Malformed URL.");
  }
  const post = req.method === "POST";
  let m;
  if (!post && path === "/") return sendHtml(res, assets.page);
  if (!post && (m = /^\/sidebar\/(\d+)$/.exec(path))) {
    const recorded = session.apps.ui.sidebars[Number(m[1])];
    if (!recorded) throw new HttpError(404, "No such sidebar.");
    return sendHtml(res, sidebarWithBridge(recorded.content, assets.bridge, { functions: session.callable() }));
  }
  if (!post && path === "/api/version") return sendJson(res, { version: session.version });
  if (!post && path === "/api/workbook") return sendJson(res, workbookView(session));
  if (!post && path === "/api/download.xlsx") {
    const bytes2 = writeXlsx(xlsxFromFake(session.apps));
    return send(res, 200, bytes2, XLSX, {
      "Content-Disposition": `attachment; filename="${downloadName(session.source.name)}"`
    });
  }
  if (post && (m = /^\/api\/call\/([^/]+)$/.exec(path))) {
    const args = await readJson(req) ?? [];
    if (!Array.isArray(args)) throw new HttpError(400, "Send the arguments as a JSON array.");
    return sendJson(res, { ...session.run(m[1], args), version: session.version });
  }
  if (post && (m = /^\/api\/menu\/([^/]+)$/.exec(path)))
    return sendJson(res, { ...session.runMenu(m[1]), version: session.version });
  if (post && path === "/api/select") {
    const body = await readJson(req);
    if (typeof body?.sheet !== "string" || body.ranges !== void 0 && !isStringArray(body.ranges)) {
      throw new HttpError(400, 'Send {sheet, ranges?: ["2:4"]}.');
    }
    try {
      session.select(body.sheet, body.ranges);
    } catch (e) {
      throw new HttpError(400, e.message);
    }
    return sendJson(res, { ok: true, version: session.version });
  }
  if (!post && path === "/api/reset") return sendJson(res, session.resetCheck());
  if (post && path === "/api/reset") {
    session.reset();
    return sendJson(res, { ok: true, version: session.version });
  }
  throw new HttpError(404, `Nothing at ${req.method} ${path}.`);
}
async function createPlaygroundServer(options) {
  const assets = await buildAssets(join4(options.root, "playground"));
  const session = new PlaygroundSession(options.source ?? sampleSource(), join4(options.root, "dist"));
  const server = createServer((req, res) => {
    route(req, res, session, assets).catch((error) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(error);
      if (!res.headersSent) sendJson(res, { ok: false, error: { message: error.message } }, status);
      else res.end();
    });
  });
  return {
    server,
    session,
    listen: (port, host = "127.0.0.1") => new Promise((resolve3, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve3(`http://localhost:${server.address().port}/`));
    }),
    close: () => new Promise((resolve3) => {
      server.closeAllConnections();
      server.close(() => resolve3());
    })
  };
}

// playground/cli.ts
var USAGE = "Usage: npm start -- [--workbook file.xlsx] [--synthetic N] [--tz Area/City] [--locale xx_XX] [--port N]";
function parseArgs(argv, env = process.env) {
  const args = { tz: SAMPLE_TIME_ZONE, port: Number(env.PORT || 8080) };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? (argv[i + 1]?.startsWith("--") ? "" : argv[++i] ?? "");
    if (flag === "--workbook") {
      const typed = value();
      if (!typed.trim())
        throw new PlainError(
          "--workbook needs the path of an .xlsx file, e.g. npm start -- --workbook my-billing.xlsx"
        );
      args.workbook = workbookPath(typed, env);
    } else if (flag === "--synthetic") args.synthetic = Number(value());
    else if (flag === "--tz") args.tz = value();
    else if (flag === "--locale") args.locale = value();
    else if (flag === "--port") args.port = Number(value());
    else if (flag === "--help" || flag === "-h") throw new Error(USAGE);
    else throw new Error(`Unknown option ${argv[i]}.
${USAGE}`);
  }
  if (args.synthetic !== void 0 && !(Number.isInteger(args.synthetic) && args.synthetic > 0))
    throw new Error("--synthetic needs a whole number of invoices.");
  if (args.locale !== void 0 && !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(args.locale))
    throw new Error("--locale takes a spreadsheet locale such as en_GB, de_DE or pl_PL.");
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error("The port must be a number from 0 to 65535.");
  return args;
}
function source(args) {
  const chosen = args.workbook ? xlsxSource(args.workbook, args.tz) : args.synthetic ? syntheticSource(args.synthetic, args.tz) : sampleSource(args.tz);
  return args.locale ? { ...chosen, locale: args.locale } : chosen;
}
function explain(error, args) {
  const e = error;
  if (e.code === "EADDRINUSE")
    return `Port ${args.port} is in use. Try PORT=8081 npm start (or --port 0 for any free port).`;
  if (e instanceof RangeError && /time ?zone/i.test(e.message))
    return `${args.tz} is not a time zone (try Europe/London).`;
  return e.message ?? String(error);
}
async function main(root, argv, env = process.env) {
  let args;
  try {
    args = parseArgs(argv, env);
    const playground = await createPlaygroundServer({ root, source: source(args) });
    const url = await playground.listen(args.port, env.HOST || "127.0.0.1");
    const { name, timeZone, locale = "en_GB" } = playground.session.source;
    console.log(`Revoice playground of "${name}" (time zone ${timeZone}, locale ${locale}): ${url}`);
    console.log("No Google account or network needed. Ctrl+C to stop.");
  } catch (e) {
    console.error(
      `Revoice playground: ${args && !(e instanceof PlainError) ? explain(e, args) : e.message}`
    );
    process.exitCode = 1;
  }
}
export {
  main,
  parseArgs
};

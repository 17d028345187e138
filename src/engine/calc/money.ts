import Decimal from 'decimal.js';
import { formatMoneyText, formatNumber } from '../../shared/money-display';

/** decimal.js with enough precision for any invoice and half-away-from-zero rounding. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/** ISO 4217 minor units for currencies that differ from the usual 2. */
const MINOR_UNITS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Active ISO 4217 codes: a typo like "GPB" is a bad value, not a currency with 2 decimals. */
const ISO_4217 = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
    'GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD ' +
    'KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO ' +
    'NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD ' +
    'SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV ' +
    'WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG'
  ).split(' '),
);

export function isCurrencyCode(code: string): boolean {
  return ISO_4217.has(code);
}

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** Rounds to the currency's minor units, half away from zero. */
export function roundMoney(value: Dec, currency: string): Dec {
  return value.toDecimalPlaces(minorUnits(currency), Dec.ROUND_HALF_UP);
}

/** The API's money format: a decimal string with exactly the currency's minor units. */
export function formatMoney(value: Dec, currency: string): string {
  const text = roundMoney(value, currency).toFixed(minorUnits(currency));
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * An amount as a message shows it: the currency's minor units, in the spreadsheet's locale
 * ("-£13.50" in en_GB); without a locale "-13.50 GBP".
 */
export function moneyText(value: Dec, currency: string, locale: string | undefined): string {
  return formatMoneyText(formatMoney(value, currency), currency, locale);
}

/** A quantity or price as a message shows it: its own digits, the locale's separators. */
export function numberText(value: Dec, locale: string | undefined): string {
  return formatNumber(value.toFixed(), locale);
}

/** A price: at least the currency's minor units ("10.00"), never rounded ("2.675"). */
export function formatPrice(value: Dec, currency: string): string {
  return value.decimalPlaces() < minorUnits(currency) ? value.toFixed(minorUnits(currency)) : value.toString();
}

export function sum(values: Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

/**
 * 发文字号 in any bracket style. Readers type 聊工信发〔2021〕97号 with whatever
 * brackets their keyboard gives — [2021], (2021), （2021）, 【2021】 — or
 * write it out as 2021年97号 or 2021年第97号. All of these name the same
 * document, so queries are rewritten to one compact form before matching:
 * the year and the serial number run together (聊工信发202197号), which is
 * also what matchForm() makes of the published number.
 */
import { fold } from './text.ts';

const OPEN = '〔\\[(【〖［（';
const CLOSE = '〕\\])】〗］）';

/** 〔2021〕97, [2021]第97, (2021)97 … → 202197 (the 号, if typed, stays). */
const BRACKETED = new RegExp(`[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第?\\s*(\\d+)`, 'gu');
/** 2021年97号, 2021年第97号 → 202197号. Needs the 号, so 2023年1月 is left alone. */
const WRITTEN_OUT = /(\d{4})\s*年\s*第?\s*(\d+)\s*号/gu;

/** Rewrites every document number in a query to the compact form; other text is left as it is (folded). */
export function compactDocNumbers(query: string): string {
  return fold(query).replace(BRACKETED, '$1$2').replace(WRITTEN_OUT, '$1$2号');
}

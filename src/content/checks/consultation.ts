/**
 * 意见征集: the period (in order, opened no earlier than the call, at least
 * settings' minimum unless a reason is stated), a channel to send comments
 * to, a 反馈 no earlier than the period's end that accounts for what it
 * received, and the adopted policy, which must exist.
 */
import { daysBetween } from '../../rules/dates.ts';
import type { Content } from '../entries.ts';
import type { Problem } from '../problems.ts';
import { bodyProblems } from './body.ts';
import type { References } from './references.ts';

export function consultationProblems(c: Content, refs: References): Problem[] {
  const minDays = refs.settings?.disclosure.consultationMinDays ?? 30;
  const contact = refs.settings?.contact ?? {};
  return c.consultations.flatMap((k) => {
    const d = k.data;
    const out: Problem[] = [];
    const at = (field: string, message: string) => out.push({ file: k.file, field, message });
    if (d.period.to < d.period.from) {
      at('period.to', `征求意见截止日（${d.period.to}）早于开始日（${d.period.from}）：请核对两处日期`);
    } else {
      const days = daysBetween(d.period.from, d.period.to) + 1;
      if (days < minDays && !d.shortPeriodReason) {
        at(
          'period',
          `征求意见期只有 ${days} 天（${d.period.from} 至 ${d.period.to}），少于规定的 ${minDays} 天：请延长截止日，或在 shortPeriodReason 中写明缩短的理由（将在页面上公开）`,
        );
      }
    }
    // The draft is official text, rendered as Markdown: the same tags and links as a policy body.
    if (d.draftText) {
      for (const p of bodyProblems(k.file, d.draftText))
        out.push({ ...p, field: 'draftText', message: p.message.replace(/^正文/, '草案全文') });
    }
    if (d.period.from < d.publishedOn) {
      at(
        'period.from',
        `征求意见开始日（${d.period.from}）早于发布日期（${d.publishedOn}）：征求意见不能在公告发布前开始，请核对日期`,
      );
    }
    if (
      !(d.channels.email ?? contact.email) &&
      !(d.channels.phone ?? contact.phone) &&
      !(d.channels.address ?? contact.address)
    ) {
      at(
        'channels',
        '没有提交意见的渠道：请在 channels 中写明电子邮箱、电话或通信地址（至少一项），或在 settings.yaml 的 contact 中写明',
      );
    }
    if (d.feedback) {
      if (d.feedback.publishedOn <= d.period.to) {
        at(
          'feedback.publishedOn',
          `反馈发布日期（${d.feedback.publishedOn}）不晚于征求意见截止日（${d.period.to}）：反馈只能在征求意见结束后发布，请核对日期`,
        );
      }
      const counted = d.feedback.items.reduce((sum, i) => sum + (i.count ?? 0), 0);
      if (counted > d.feedback.received) {
        at(
          'feedback.items',
          `各条意见的条数合计 ${counted} 条，多于收到的意见总数 ${d.feedback.received} 条：请核对 received 和各项的 count`,
        );
      }
      if (d.feedback.received > 0 && d.feedback.items.length === 0 && !d.feedback.summary) {
        at(
          'feedback.items',
          `收到 ${d.feedback.received} 条意见，但反馈中没有写采纳情况：请在 items 中逐条写明意见要点、采纳情况和理由，或在 summary 中写明总体情况`,
        );
      }
    }
    if (d.result) {
      out.push(...refs.checkOne(k.file, 'result', 'policy', d.result));
      if (!d.feedback && refs.exists('policy', d.result)) {
        at('result', '已写明采纳后的正式文件，却没有发布意见反馈：请先在 feedback 中写明收到的意见和采纳情况');
      }
    }
    return out;
  });
}

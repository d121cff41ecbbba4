import { describe, expect, it } from 'vitest';
import { compactDocNumbers } from '../../src/search/doc-number.ts';
import { matchForm } from '../../src/search/text.ts';

const published = matchForm('聊工信发〔2021〕97号');

describe('document numbers in any bracket style', () => {
  it.each([
    '聊工信发〔2021〕97号',
    '聊工信发[2021]97号',
    '聊工信发(2021)97号',
    '聊工信发（2021）97号',
    '聊工信发【2021】97号',
    '聊工信发［２０２１］９７号',
    '聊工信发 〔2021〕 97 号',
    '聊工信发2021年97号',
    '聊工信发2021年第97号',
    '聊工信发(2021)第97号',
  ])('%s is the published number', (typed) => {
    expect(matchForm(compactDocNumbers(typed))).toBe(published);
  });

  it.each(['2021年97号', '〔2021〕97号', '[2021]97号', '(2021)97', '97号', '信发(2021)97'])(
    '%s is part of it',
    (typed) => {
      expect(published).toContain(matchForm(compactDocNumbers(typed)));
    },
  );

  it('leaves other years and dates alone', () => {
    expect(compactDocNumbers('2022年度聊城市特色产业集群')).toBe('2022年度聊城市特色产业集群');
    expect(compactDocNumbers('2023年1月')).toBe('2023年1月');
    expect(compactDocNumbers('（2023-2025年）')).toBe('(2023-2025年)');
  });

  it('does not make a different number match', () => {
    expect(published).not.toContain(matchForm(compactDocNumbers('聊工信发〔2021〕9号')));
    expect(published).not.toContain(matchForm(compactDocNumbers('2023年97号')));
  });
});

import { describe, expect, it } from 'vitest';
import { describeOwnership, renderRelationship } from '../../src/core/index';
import { relationship } from './fixtures';

const names: Record<string, string> = {
  thrive: 'Thrive Capital',
  databricks: 'Databricks',
  softbank: 'SoftBank',
  'saudi-arabia': 'Saudi Arabia',
  agnelli: 'Agnelli family',
  meta: 'Meta',
  'scale-ai': 'Scale AI',
  openai: 'OpenAI',
  adobe: 'Adobe',
  figma: 'Figma',
  microsoft: 'Microsoft',
  linkedin: 'LinkedIn',
};
const nameOf = (id: string) => names[id];

describe('renderRelationship', () => {
  it('renders a stake from both sides, dated', () => {
    const stake = relationship('meta', 'owns-stake', 'scale-ai', { share: 49, start: '2025-06-12' });
    expect(renderRelationship(stake, nameOf)).toBe('Meta owns 49% of Scale AI (since Jun 2025)');
    expect(renderRelationship(stake, nameOf, 'object')).toBe('49% owned by Meta (since Jun 2025)');
  });

  it('renders ranges and amounts', () => {
    expect(renderRelationship(relationship('meta', 'owns-stake', 'scale-ai', { share: { min: 40, max: 50 } }), nameOf)).toBe('Meta owns 40–50% of Scale AI');
    expect(renderRelationship(relationship('microsoft', 'acquired', 'linkedin', { amount: { value: 26_200_000_000, currency: 'USD' }, start: '2016-12' }), nameOf)).toBe('Microsoft acquired LinkedIn for $26.2B (Dec 2016)');
    expect(renderRelationship(relationship('microsoft', 'acquired', 'linkedin', { amount: { value: 26_200_000_000, currency: 'USD' } }), nameOf, 'object')).toBe('Acquired by Microsoft for $26.2B');
  });

  it('keeps past and abandoned facts, said as such', () => {
    expect(renderRelationship(relationship('openai', 'customer-of', 'scale-ai', { status: 'ended', end: '2025-06' }), nameOf)).toBe('OpenAI ended its contracts with Scale AI (Jun 2025)');
    expect(renderRelationship(relationship('openai', 'customer-of', 'scale-ai', { status: 'ended', end: '2025-06' }), nameOf, 'object')).toBe('Lost OpenAI as a client (Jun 2025)');
    expect(renderRelationship(relationship('adobe', 'acquired', 'figma', { status: 'abandoned', start: '2022-09', end: '2023-12' }), nameOf)).toBe('Adobe abandoned its deal to buy Figma (Dec 2023)');
  });

  it('marks unconfirmed facts and approximate amounts', () => {
    const reported = relationship('meta', 'invested-in', 'scale-ai', { amount: { value: 14_300_000_000, currency: 'USD', approximate: true }, start: '2025-06', unconfirmed: true });
    expect(renderRelationship(reported, nameOf)).toBe('Meta invested about $14.3B in Scale AI (since Jun 2025, reported)');
  });

  it('renders every type and status without leaving a placeholder', () => {
    const types = ['owns-stake', 'parent-of', 'acquired', 'invested-in', 'partner', 'customer-of', 'licensed', 'merged'] as const;
    const statuses = ['active', 'ended', 'announced', 'pending', 'abandoned'] as const;
    for (const type of types)
      for (const status of statuses)
        for (const perspective of ['subject', 'object'] as const) {
          const sentence = renderRelationship(relationship('meta', type, 'openai', { status, start: '2024', end: status === 'ended' ? '2025' : undefined }), nameOf, perspective);
          expect(sentence).toMatch(/^[A-Z0-9]/);
          expect(sentence).not.toMatch(/undefined|\$\{|NaN/);
          expect(sentence).toContain('Meta');
        }
  });

  it('says a funding round is the round, and the investor’s own money only when it is', () => {
    const round = { name: 'Series J', total: { value: 10_000_000_000, currency: 'USD' } };
    const led = relationship('thrive', 'invested-in', 'databricks', { round: { ...round, led: true }, start: '2024-12' });
    expect(renderRelationship(led, nameOf)).toBe("Thrive Capital led Databricks' $10B Series J round (since Dec 2024)");
    expect(renderRelationship(led, nameOf, 'object')).toBe('Thrive Capital led its $10B Series J round (since Dec 2024)');
    expect(renderRelationship(relationship('thrive', 'invested-in', 'databricks', { round }), nameOf)).toBe("Thrive Capital invested in Databricks' $10B Series J round");
    const own = relationship('softbank', 'invested-in', 'openai', { amount: { value: 30e9, currency: 'USD', approximate: true }, round: { total: { value: 40e9, currency: 'USD' } } });
    expect(renderRelationship(own, nameOf)).toBe("SoftBank invested about $30B in OpenAI's $40B round");
    expect(renderRelationship({ ...own, round: { ...own.round, led: true } }, nameOf)).toBe("SoftBank led OpenAI's $40B round with about $30B");
    expect(renderRelationship({ ...led, status: 'ended', end: '2025' }, nameOf)).toBe("Thrive Capital led Databricks' $10B Series J round, since exited (Dec 2024 – 2025)");
    expect(renderRelationship({ ...led, status: 'announced' }, nameOf)).toBe("Thrive Capital plans to lead Databricks' $10B Series J round (announced Dec 2024)");
  });

  it('describes an ownership status in a few words', () => {
    expect(describeOwnership({ ownership: { status: 'widely-held', listed: ['NYSE'] } }, nameOf)).toBe('widely held · listed on NYSE');
    expect(describeOwnership({ ownership: { status: 'widely-held', listed: ['NASDAQ', 'LSE', 'XETRA'] } }, nameOf)).toBe('widely held · listed on NASDAQ, LSE and XETRA');
    // A listing only: nothing said about who holds the shares.
    expect(describeOwnership({ ownership: { status: 'listed', listed: ['NYSE'] } }, nameOf)).toBe('listed on NYSE');
    expect(describeOwnership({ ownership: { status: 'listed' } }, nameOf)).toBe('listed');
    expect(describeOwnership({ ownership: { status: 'state-owned', by: 'saudi-arabia' } }, nameOf)).toBe('state-owned (Saudi Arabia)');
    expect(describeOwnership({ ownership: { status: 'family-controlled', by: 'agnelli' } }, nameOf)).toBe('family-controlled (Agnelli family)');
    expect(describeOwnership({ ownership: { status: 'privately-held' } }, nameOf)).toBe('privately held');
    expect(describeOwnership({ ownership: { status: 'subsidiary', by: 'meta' } }, nameOf)).toBe('a subsidiary of Meta');
    expect(describeOwnership({}, nameOf)).toBeUndefined();
  });
});

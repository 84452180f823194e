import { describe, expect, it } from 'vitest';
import { renderRelationship } from '../../src/core/index';
import { relationship } from './fixtures';

const names: Record<string, string> = { meta: 'Meta', 'scale-ai': 'Scale AI', openai: 'OpenAI', adobe: 'Adobe', figma: 'Figma', microsoft: 'Microsoft', linkedin: 'LinkedIn' };
const nameOf = (id: string) => names[id];

describe('renderRelationship', () => {
  it('renders a stake from both sides, dated', () => {
    const stake = relationship('meta', 'owns-stake', 'scale-ai', { share: 49, start: '2025-06-12' });
    expect(renderRelationship(stake, nameOf)).toBe('Meta owns 49% of Scale AI (since Jun 2025)');
    expect(renderRelationship(stake, nameOf, 'object')).toBe('49% owned by Meta (since Jun 2025)');
  });

  it('renders ranges and amounts', () => {
    expect(renderRelationship(relationship('meta', 'owns-stake', 'scale-ai', { share: { min: 40, max: 50 } }), nameOf)).toBe('Meta owns 40–50% of Scale AI');
    expect(renderRelationship(relationship('microsoft', 'acquired', 'linkedin', { amount: { value: 26_200_000_000, currency: 'USD' }, start: '2016-12' }), nameOf)).toBe(
      'Microsoft acquired LinkedIn for $26.2B (Dec 2016)',
    );
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
});

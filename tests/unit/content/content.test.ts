/**
 * The shipped content: valid, complete enough to study from, and with the
 * generated JSON Schemas current. A failure here prints every problem with its
 * file, item and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '@/domain/json-schema';
import { validateContent } from '@/domain/validate';
import { readContentFiles } from '../../../scripts/content-files';

const root = join(import.meta.dirname, '..', '..', '..', 'content');
const result = validateContent(readContentFiles(root));

describe('the study content', () => {
  it('is valid', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  const content = result.ok ? result.content : { items: [], questions: [], categories: [], sources: [] };

  it('has at least 70 items across at least 10 categories, each category used', () => {
    expect(content.items.length).toBeGreaterThanOrEqual(70);
    expect(content.categories.length).toBeGreaterThanOrEqual(10);
    const used = new Set(content.items.map((i) => i.category));
    expect(content.categories.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('has at least 30 questions, at least 10 of them "Choose two"', () => {
    expect(content.questions.length).toBeGreaterThanOrEqual(30);
    expect(content.questions.filter((q) => q.type === 'multiple').length).toBeGreaterThanOrEqual(10);
  });

  it('teaches both halves of the model explicitly', () => {
    const duties = content.items.map((i) => `${i.duty} ${i.explanation}`.toLowerCase().replace(/["'“”‘’]/g, '')).join('\n');
    expect(duties).toContain('security in the cloud');
    expect(duties).toContain('security of the cloud');
  });

  it('covers every responsibility the article names', () => {
    const quotes = content.items.map((i) => (i.source.quote ?? '').toLowerCase()).join('\n');
    for (const phrase of [
      'organizational data',
      'application platforms',
      'identity and access management',
      'operating system patching',
      'antivirus',
      'logical network and firewall configuration',
      'multi-factor authentication',
      'password and key rotation',
      'data in transit',
      'data at rest',
      'penetration testing',
      'underlying infrastructure',
      'regions',
      'availability zones',
      'edge locations',
      'physical data centers',
      'virtualization hardware',
      'network gear',
      'fire suppression',
      'power management',
      'climate control',
      'decommissioning',
      'network devices that secure the cloud',
      'hypervisor isolation',
      'dns zone walking',
      'port flooding',
      'nat gateways',
      'elastic load balancers',
    ]) {
      expect(quotes, `no item quotes the article on "${phrase}"`).toContain(phrase);
    }
  });

  it('gives every item an explanation and most a misconception', () => {
    const withMisconception = content.items.filter((i) => i.misconception).length;
    expect(withMisconception / content.items.length).toBeGreaterThan(0.8);
  });

  it('shows per-service owners for EC2, RDS, Lambda, S3, DynamoDB, Fargate and Elastic Beanstalk', () => {
    const services = new Set(content.items.flatMap((i) => Object.keys(i.byService ?? {})));
    expect([...services].sort()).toEqual(['dynamodb', 'ec2', 'elastic-beanstalk', 'fargate', 'lambda', 'rds', 's3']);
  });

  it('never keys Elastic Beanstalk OS patching to AWS alone', () => {
    for (const item of content.items) {
      const eb = item.byService?.['elastic-beanstalk'];
      if (/patch/i.test(item.duty) && eb) expect(eb.owner, item.id).not.toBe('aws');
    }
  });

  it('has all three control types and pen-testing statuses', () => {
    expect(new Set(content.items.map((i) => i.controlType).filter(Boolean))).toEqual(new Set(['inherited', 'shared', 'customer-specific']));
    expect(new Set(content.items.map((i) => i.penTest).filter(Boolean))).toEqual(new Set(['allowed', 'prohibited', 'conditional']));
  });

  it('ships JSON Schemas generated from the current zod schemas', () => {
    for (const [name, text] of Object.entries(contentJsonSchemas())) {
      expect(readFileSync(join(root, 'schema', name), 'utf8'), `content/schema/${name} is stale: run npm run content:schema`).toBe(text);
    }
  });
});

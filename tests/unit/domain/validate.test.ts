import { describe, expect, it } from 'vitest';
import { parseContent, validateContent, type RawContent } from '@/domain/validate';

function fixture(): {
  items: Record<string, unknown>[];
  questions: Record<string, unknown>[];
  raw: () => RawContent;
} {
  const items: Record<string, unknown>[] = [
    {
      id: 'os-patching',
      duty: 'Patching the guest OS on EC2',
      owner: 'customer',
      category: 'platform',
      explanation: 'You run the guest OS, so you patch it.',
      source: { ref: 'article', quote: 'operating system patching' },
    },
    {
      id: 'fire',
      duty: 'Fire suppression in data centers',
      owner: 'aws',
      category: 'platform',
      explanation: 'AWS runs the buildings.',
      source: { ref: 'aws-page' },
    },
  ];
  const questions: Record<string, unknown>[] = [
    {
      id: 'q-one',
      type: 'multiple',
      stem: 'Which are the customer’s? (Choose two.)',
      options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Option ${id}`, why: `Because ${id}` })),
      answer: ['a', 'c'],
      itemIds: ['os-patching'],
      category: 'platform',
    },
  ];
  return {
    items,
    questions,
    raw: () => ({
      items: [{ path: 'content/items/platform.json', data: { items } }],
      questions: [{ path: 'content/questions/basics.json', data: { questions } }],
      categories: { path: 'content/categories.json', data: { categories: [{ id: 'platform', name: 'Platform', description: 'OS and apps' }] } },
      sources: {
        path: 'content/sources.json',
        data: {
          sources: [
            { id: 'article', title: 'The article', primary: true },
            { id: 'aws-page', title: 'An AWS page', url: 'https://aws.amazon.com/x/' },
          ],
        },
      },
    }),
  };
}

function errorsOf(raw: RawContent): readonly string[] {
  const result = validateContent(raw);
  return result.ok ? [] : result.errors;
}

describe('validateContent', () => {
  it('accepts valid content and returns it typed', () => {
    const result = validateContent(fixture().raw());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.content.items.map((i) => i.id)).toEqual(['os-patching', 'fire']);
      expect(result.content.questions).toHaveLength(1);
    }
  });

  it('names the file, the item and the field when an owner is invalid', () => {
    const f = fixture();
    f.items[0] = { ...f.items[0], owner: 'nobody' };
    expect(errorsOf(f.raw())).toEqual([
      'content/items/platform.json: item "os-patching", field "owner": must be one of "customer", "aws" or "shared" (it is "nobody")',
    ]);
  });

  it('says when a required field is missing', () => {
    const f = fixture();
    const rest = { ...f.items[1] };
    delete rest.explanation;
    f.items[1] = rest;
    expect(errorsOf(f.raw())).toEqual(['content/items/platform.json: item "fire", field "explanation": is missing']);
  });

  it('rejects unknown fields, naming them', () => {
    const f = fixture();
    f.items[1] = { ...f.items[1], ownr: 'aws' };
    expect(errorsOf(f.raw())).toEqual([
      'content/items/platform.json: item "fire", field "ownr": is not a known field ("ownr"); check the spelling against content/README.md',
    ]);
  });

  it('rejects duplicate item ids', () => {
    const f = fixture();
    f.items[1] = { ...f.items[1], id: 'os-patching' };
    expect(errorsOf(f.raw())).toContainEqual(
      'content/items/platform.json: item "os-patching": the id is already used in content/items/platform.json; ids must be unique',
    );
  });

  it('rejects an item from the article without a quote', () => {
    const f = fixture();
    f.items[0] = { ...f.items[0], source: { ref: 'article' } };
    expect(errorsOf(f.raw())).toEqual([
      'content/items/platform.json: item "os-patching", field "source.quote": the item comes from the source article, so it needs a verbatim quote from it',
    ]);
  });

  it('rejects an empty quote', () => {
    const f = fixture();
    f.items[0] = { ...f.items[0], source: { ref: 'article', quote: '   ' } };
    expect(errorsOf(f.raw())[0]).toMatch(/item "os-patching", field "source.quote": must not be empty/);
  });

  it('rejects a quote attributed to a source other than the article', () => {
    const f = fixture();
    f.items[1] = { ...f.items[1], source: { ref: 'aws-page', quote: 'some words' } };
    expect(errorsOf(f.raw())[0]).toMatch(/item "fire", field "source.quote": quotes are only for the source article/);
  });

  it('rejects unknown sources and categories', () => {
    const f = fixture();
    f.items[1] = { ...f.items[1], source: { ref: 'nowhere' }, references: ['missing-ref'] };
    expect(errorsOf(f.raw())).toEqual([
      'content/items/platform.json: item "fire", field "source.ref": "nowhere" is not a source in content/sources.json',
      'content/items/platform.json: item "fire", field "references": "missing-ref" is not a source in content/sources.json',
    ]);
  });

  it('rejects an item filed under the wrong category file', () => {
    const f = fixture();
    const raw = f.raw();
    const moved = { ...raw, items: [{ path: 'content/items/other.json', data: { items: f.items } }] };
    expect(errorsOf(moved)[0]).toMatch(/content\/items\/other.json: item "os-patching", field "category": the item is in other.json/);
  });

  it('rejects a question pointing at a missing item', () => {
    const f = fixture();
    f.questions[0] = { ...f.questions[0], itemIds: ['no-such-item'] };
    expect(errorsOf(f.raw())).toEqual([
      'content/questions/basics.json: question "q-one", field "itemIds": "no-such-item" is not an item in content/items',
    ]);
  });

  it('rejects an answer that is not an option', () => {
    const f = fixture();
    f.questions[0] = { ...f.questions[0], options: (f.questions[0]?.options as unknown[]).slice(0, 4), answer: ['a', 'e'] };
    expect(errorsOf(f.raw())).toContainEqual('content/questions/basics.json: question "q-one", field "answer": "e" is not one of the question\'s options');
  });

  it('requires "(Choose two.)" in the stem of a two-answer question', () => {
    const f = fixture();
    f.questions[0] = { ...f.questions[0], stem: 'Which are the customer’s?' };
    expect(errorsOf(f.raw())).toEqual([
      'content/questions/basics.json: question "q-one", field "stem": a question with 2 answers must say "(Choose two.)" in its stem',
    ]);
  });

  it('requires exactly one answer for a single-answer question', () => {
    const f = fixture();
    f.questions[0] = { ...f.questions[0], type: 'single' };
    expect(errorsOf(f.raw())).toEqual([
      'content/questions/basics.json: question "q-one", field "answer": a "single" question has exactly one answer (it has 2)',
    ]);
  });

  it('names the option whose why is missing', () => {
    const f = fixture();
    const options = [...(f.questions[0]?.options as Record<string, unknown>[])];
    options[1] = { id: 'b', text: 'Option b' };
    f.questions[0] = { ...f.questions[0], options };
    expect(errorsOf(f.raw())).toEqual(['content/questions/basics.json: question "q-one", option "b", field "why": is missing']);
  });

  it('parseContent throws one error listing every problem', () => {
    const f = fixture();
    f.items[0] = { ...f.items[0], owner: 'nobody' };
    f.questions[0] = { ...f.questions[0], itemIds: ['gone'] };
    expect(() => parseContent(f.raw())).toThrow(/2 problems:\n- .*"owner".*\n- .*"gone"/);
  });
});

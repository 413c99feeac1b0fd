import { findRefusedText, refusedCharacter } from './text-hygiene';

const REFUSED_CONTROLS = [
  ...Array.from({ length: 8 }, (_, i) => i + 1),
  0x0b,
  0x0c,
  ...Array.from({ length: 0x20 - 0x0e }, (_, i) => i + 0x0e),
  0x7f,
].map((unit) => String.fromCharCode(unit));

describe('refusedCharacter', () => {
  it.each([
    ['NUL', 'a\u0000b', 'the NUL character (U+0000)'],
    ['a lone high surrogate', 'a\uD83Db', 'a lone UTF-16 surrogate (U+D83D), which is not a character'],
    ['a lone high surrogate at the end', 'ab\uD83D', 'a lone UTF-16 surrogate (U+D83D), which is not a character'],
    ['a lone low surrogate', 'a\uDE00b', 'a lone UTF-16 surrogate (U+DE00), which is not a character'],
    ['two high surrogates', '\uD83D\uD83D\uDE00', 'a lone UTF-16 surrogate (U+D83D), which is not a character'],
    ['bell', 'a\u0007', 'the control character U+0007'],
    ['DEL', 'a\u007F', 'the control character U+007F'],
  ])('refuses %s', (_, text, description) => {
    expect(refusedCharacter(text)?.description).toBe(description);
  });

  it.each(REFUSED_CONTROLS.map((c) => [c.charCodeAt(0).toString(16), c]))('refuses control U+%s', (_, control) => {
    expect(refusedCharacter(`x${control}y`)).toEqual({ index: 1, description: expect.stringContaining('control character') });
  });

  it.each([
    ['tab, line feed and carriage return', 'one\ttwo\r\nthree\nfour\r'],
    ['a surrogate pair (emoji)', 'ship it 🚀'],
    ['C1 controls', 'a\u0085b\u009Fc'],
    ['non-Latin scripts and combining marks', 'Zoë Ångström, 東京, مرحبا, e\u0301'],
    ['noncharacters and private use', '\uFFFE\uFFFF\uE000'],
    ['the empty string', ''],
  ])('keeps %s', (_, text) => {
    expect(refusedCharacter(text)).toBeNull();
  });
});

describe('findRefusedText', () => {
  it('names a scalar argument by its own name', () => {
    expect(findRefusedText('ab\u0000', 'search')).toEqual([{ field: 'search', messages: ['Search must not contain the NUL character (U+0000) (character 3)'] }]);
  });

  it('walks input objects and lists, naming each field by its path', () => {
    const input = { name: 'ok', answers: [{ questionKey: 'k', answer: 'fine' }, { questionKey: 'k', answer: 'x\u0001' }], themes: ['a', '\uDC00'], rank: 3, empty: null };
    expect(findRefusedText(input, '').map((p) => p.field)).toEqual(['answers.1.answer', 'themes.1']);
    expect(findRefusedText(input, '')[0].messages[0]).toMatch(/^Answer must not contain the control character U\+0001/);
    expect(findRefusedText(input, '')[1].messages[0]).toMatch(/^Themes must not contain a lone UTF-16 surrogate/);
  });

  it('finds nothing in clean or non-text values', () => {
    expect(findRefusedText({ notes: 'line one\n\tline two', count: 0, flag: false, list: [] }, '')).toEqual([]);
    expect(findRefusedText(undefined, 'after')).toEqual([]);
  });
});

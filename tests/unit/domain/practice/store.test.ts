/** The practice page's store: seeds in, items out, one graded choice per item. */
import { describe, expect, it } from 'vitest';
import { generateItem, type PracticeItem } from '../../../../src/domain/practice/item.ts';
import { chosenOption, createPracticeStore } from '../../../../src/domain/practice/store.ts';

describe('practice store', () => {
  it('shows an item, grades the chosen option, and asks for a choice first', async () => {
    const store = createPracticeStore(generateItem);
    const seen: boolean[] = [];
    const stop = store.subscribe((s) => seen.push(s.item !== null));
    await store.show('auth-scheme-1');
    const item = store.get().item!;
    expect(item.seed).toBe('auth-scheme-1');

    store.check();
    expect(store.get()).toMatchObject({ checked: false, hint: 'Choose an answer first.' });

    const wrong = item.options.find((o) => !o.correct)!;
    store.choose(wrong.key);
    store.check();
    expect(store.get().checked).toBe(true);
    expect(chosenOption(store.get())?.correct).toBe(false);

    // Once checked, the choice is final until the next item.
    store.choose(item.options.find((o) => o.correct)!.key);
    expect(store.get().chosen).toBe(wrong.key);
    stop();
    expect(seen).toContain(false);
    expect(seen).toContain(true);
  });

  it('ignores keys that are not options of the item', async () => {
    const store = createPracticeStore(generateItem);
    await store.show('request-body-2');
    store.choose('999|nothing');
    expect(store.get().chosen).toBeNull();
  });

  it('drops an item that arrives after a newer seed was asked for', async () => {
    const waiting = new Map<string, (item: PracticeItem) => void>();
    const store = createPracticeStore((seed) => new Promise((resolve) => waiting.set(seed, resolve)));
    const first = store.show('old');
    const second = store.show('new');
    waiting.get('new')!(await generateItem('network-zone-1'));
    await second;
    waiting.get('old')!(await generateItem('rate-share-1'));
    await first;
    expect(store.get().seed).toBe('new');
    expect(store.get().item?.template.id).toBe('network-zone');
  });

  it('keeps the note about a replaced seed', async () => {
    const store = createPracticeStore(generateItem);
    await store.show('abc', 'shortened');
    expect(store.get()).toMatchObject({ seed: 'abc', note: 'shortened' });
  });
});

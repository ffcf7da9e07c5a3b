/**
 * On narrow screens the full playground is three tabs, Console, Your app and Response (the WAI-ARIA
 * tabs pattern: arrow keys, Home and End move between tabs and select them), so creating a token,
 * sending and reading the answer never needs a long scroll.
 */
export const TABS = [
  ['console', 'Console'],
  ['app', 'Your app'],
  ['response', 'Response'],
] as const;

export type Tab = (typeof TABS)[number][0];

/** The attributes that make an element the panel of `tab`, or none when there are no tabs. */
export function panel(
  uid: string,
  tab: Tab,
  selected: Tab | null,
): { id?: string; role?: 'tabpanel'; 'aria-labelledby'?: string; hidden?: boolean } {
  return selected
    ? { id: `${uid}-panel-${tab}`, role: 'tabpanel', 'aria-labelledby': `${uid}-tab-${tab}`, hidden: tab !== selected }
    : {};
}

export function TabList({ uid, selected, select }: { uid: string; selected: Tab; select: (tab: Tab) => void }) {
  const move = (e: KeyboardEvent, i: number) => {
    const last = TABS.length - 1;
    const to = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[e.key];
    const tab = to === undefined ? undefined : TABS[to];
    if (!tab) return;
    e.preventDefault();
    select(tab[0]);
    document.getElementById(`${uid}-tab-${tab[0]}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Playground" class="pg-tabs">
      {TABS.map(([tab, label], i) => (
        <button
          type="button"
          role="tab"
          id={`${uid}-tab-${tab}`}
          aria-selected={tab === selected}
          aria-controls={`${uid}-panel-${tab}`}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => select(tab)}
          onKeyDown={(e) => move(e, i)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

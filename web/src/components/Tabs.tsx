import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef { id: string; label: string; content: ReactNode }

/**
 * WAI-ARIA tabs: one panel at a time. Arrow keys, Home and End move between the tabs (focus
 * follows selection); Tab moves into the panel. A panel is mounted when first opened — so a
 * youth's file reads (and logs) only what the user looks at — and then stays mounted, so a
 * half-finished edit in one tab survives a look at another.
 */
export function Tabs({ label, tabs, selected, onSelect }: { label: string; tabs: TabDef[]; selected: string; onSelect: (id: string) => void }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([selected]));
  if (!opened.has(selected)) setOpened(new Set([...opened, selected]));
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = tabs.length;
    let j: number;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = (i + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = (i - 1 + n) % n;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = n - 1;
    else return;
    e.preventDefault();
    const next = tabs[j]!;
    onSelect(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <div className="spil-tabs">
      <div role="tablist" aria-label={label} className="spil-tabs__list">
        {tabs.map((tab, i) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id} ref={(el) => { refs.current[tab.id] = el; }}
              type="button" role="tab" id={`tab-${tab.id}`} aria-selected={isSelected} aria-controls={`panel-${tab.id}`}
              tabIndex={isSelected ? 0 : -1}
              className={`spil-tabs__tab${isSelected ? ' spil-tabs__tab--selected' : ''}`}
              onClick={() => onSelect(tab.id)} onKeyDown={(e) => onKeyDown(e, i)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected} tabIndex={0} className="spil-tabs__panel">
          {opened.has(tab.id) || tab.id === selected ? tab.content : null}
        </div>
      ))}
    </div>
  );
}

import type { ReactNode } from 'react';

type Level = 1 | 2 | 3 | 4;

export function Heading({ level, children, id, className }: { level: Level; children: ReactNode; id?: string; className?: string }) {
  const Tag = `h${level}` as const;
  return <Tag id={id} className={`utrecht-heading-${level}${className ? ` ${className}` : ''}`}>{children}</Tag>;
}

export function Paragraph({ children, lead, small, className, id }: { children: ReactNode; lead?: boolean; small?: boolean; className?: string; id?: string }) {
  const cls = ['utrecht-paragraph', lead && 'utrecht-paragraph--lead', small && 'utrecht-paragraph--small', className].filter(Boolean).join(' ');
  return <p className={cls} id={id}>{children}</p>;
}

import type { ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/** A message block. Errors are announced (role=alert); others are polite status messages. */
export function Alert({ type = 'info', children, id }: { type?: AlertType; children: ReactNode; id?: string }) {
  return (
    <div id={id} className={`utrecht-alert utrecht-alert--${type} spil-alert`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

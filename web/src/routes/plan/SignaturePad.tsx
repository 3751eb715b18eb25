import { useId, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

/** The drawing box, in SVG units; the server stores the path in the same box. */
export const PAD_WIDTH = 300;
export const PAD_HEIGHT = 100;
/** The server takes at most 20,000 characters of path data; stop a little before. */
const MAX_PATH = 19_800;
/** Points closer than this (in box units) to the previous one add nothing visible. */
const MIN_STEP = 1.2;

const round = (v: number) => Math.round(v * 10) / 10;
const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));

/**
 * A signature drawn with a finger, pen or mouse: pointer events on an SVG, collected as path
 * data ("M x y L x y …", coordinates with at most one decimal) in a 300×100 box. Drawing is
 * path-dependent input (WCAG 2.1.1 exception); the signing dialog offers a typed signature
 * for everyone who does not draw, and says so next to the box.
 */
export function SignaturePad({ id: boxId, value, onChange, onStrokeEnd, label, error }: {
  id?: string; value: string; onChange: (path: string) => void; label: string; error?: string;
  /** After a stroke (not during it: what changes the layout then would move the box under the finger). */
  onStrokeEnd?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const path = useRef(value);
  const drawing = useRef<{ pointerId: number; last: [number, number] } | null>(null);
  path.current = value;

  const point = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [
      round(clamp(((e.clientX - box.left) / box.width) * PAD_WIDTH, PAD_WIDTH)),
      round(clamp(((e.clientY - box.top) / box.height) * PAD_HEIGHT, PAD_HEIGHT)),
    ];
  };
  const append = (segment: string) => {
    if (path.current.length + segment.length > MAX_PATH) return false;
    path.current = path.current ? `${path.current} ${segment}` : segment;
    onChange(path.current);
    return true;
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || drawing.current) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const [x, y] = point(e);
    // A stroke starts with a dot (M and L on the same point), so a tap leaves a mark too.
    if (append(`M${x} ${y} L${x} ${y}`)) drawing.current = { pointerId: e.pointerId, last: [x, y] };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drawing.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const [x, y] = point(e);
    if (Math.hypot(x - d.last[0], y - d.last[1]) < MIN_STEP) return;
    if (append(`L${x} ${y}`)) d.last = [x, y];
    else drawing.current = null;
  };
  const onPointerEnd = (e: PointerEvent<SVGSVGElement>) => {
    if (drawing.current?.pointerId !== e.pointerId) return;
    drawing.current = null;
    onStrokeEnd?.();
  };

  const instructionsId = `${id}-instructions`;
  const stateId = `${id}-state`;
  const errorId = `${id}-error`;
  return (
    <div className={`spil-signature-pad${error ? ' spil-signature-pad--invalid' : ''}`}>
      <p className="spil-signature-pad__label" id={`${id}-label`}>{label}</p>
      <p className="utrecht-form-field-description" id={instructionsId}>{t('casePlan.sign.padInstructions')}</p>
      {error ? <p className="utrecht-form-field-error-message" id={errorId}>{error}</p> : null}
      <svg
        id={boxId} tabIndex={boxId ? -1 : undefined}
        className="spil-signature-pad__area" viewBox={`0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`} role="img"
        aria-labelledby={`${id}-label`} aria-describedby={[error ? errorId : null, instructionsId, stateId].filter(Boolean).join(' ')}
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerEnd} onPointerCancel={onPointerEnd}
      >
        <line className="spil-signature-pad__baseline" x1="16" y1="80" x2={PAD_WIDTH - 16} y2="80" />
        {value ? <path className="spil-signature__stroke" d={value} /> : null}
      </svg>
      <div className="spil-signature-pad__footer">
        <p className="spil-signature-pad__state" id={stateId} aria-live="polite">
          {value ? t('casePlan.sign.padFilled') : t('casePlan.sign.padEmpty')}
        </p>
        <Button variant="subtle" onClick={() => { path.current = ''; onChange(''); }} disabled={!value}>{t('casePlan.sign.clear')}</Button>
      </div>
    </div>
  );
}

/** A stored signature drawing, shown read-only. */
export function SignatureDrawing({ path, label }: { path: string; label: string }) {
  return (
    <svg className="spil-signature__drawing" viewBox={`0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`} role="img" aria-label={label}>
      <path className="spil-signature__stroke" d={path} />
    </svg>
  );
}

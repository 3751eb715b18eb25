import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Thin wrappers around the NL Design System form-field markup: label, optional description,
 * error message tied to the input with aria-describedby, and the invalid state.
 */
interface Common {
  name: string;
  label: string;
  id?: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}

export const fieldId = (name: string) => `field-${name}`;

function describedBy(id: string, description?: ReactNode, error?: string) {
  return [error ? `${id}-error` : null, description ? `${id}-description` : null].filter(Boolean).join(' ') || undefined;
}

function Shell({ id, label, description, error, required, children, kind }: Omit<Common, 'name'> & { id: string; children: ReactNode; kind?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`utrecht-form-field utrecht-form-field--distanced${kind ? ` utrecht-form-field--${kind}` : ''}${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? <span className="spil-required"> ({t('form.required')})</span> : null}
        </label>
      </div>
      {description ? <div className="utrecht-form-field-description utrecht-form-field__description" id={`${id}-description`}>{description}</div> : null}
      {error ? (
        <div className="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function TextField({ name, label, id, description, error, required, value, onChange, type = 'text', autoComplete, inputMode, spellCheck, className }: Common & {
  value: string; onChange: (v: string) => void; type?: string; autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search'; spellCheck?: boolean; className?: string;
}) {
  const fid = id ?? fieldId(name);
  return (
    <Shell id={fid} label={label} description={description} error={error} required={required}>
      <input
        id={fid} name={name} type={type} value={value}
        className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}${className ? ` ${className}` : ''}`}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(fid, description, error)}
        required={required} autoComplete={autoComplete} inputMode={inputMode} spellCheck={spellCheck}
      />
    </Shell>
  );
}

export function TextareaField({ name, label, id, description, error, required, value, onChange, rows = 4 }: Common & {
  value: string; onChange: (v: string) => void; rows?: number;
}) {
  const fid = id ?? fieldId(name);
  return (
    <Shell id={fid} label={label} description={description} error={error} required={required}>
      <textarea
        id={fid} name={name} value={value} rows={rows}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(fid, description, error)} required={required}
      />
    </Shell>
  );
}

export interface Option { value: string; label: string }

export function SelectField({ name, label, id, description, error, required, value, onChange, options, placeholder }: Common & {
  value: string; onChange: (v: string) => void; options: Option[]; placeholder?: string;
}) {
  const fid = id ?? fieldId(name);
  return (
    <Shell id={fid} label={label} description={description} error={error} required={required}>
      <select
        id={fid} name={name} value={value}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(fid, description, error)} required={required}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Shell>
  );
}

export function CheckboxField({ name, label, id, checked, onChange, description }: {
  name: string; label: ReactNode; id?: string; checked: boolean; onChange: (v: boolean) => void; description?: ReactNode;
}) {
  const fid = id ?? fieldId(name);
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox spil-checkbox">
      <div className="utrecht-form-field__input">
        <input
          id={fid} name={name} type="checkbox" checked={checked}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={description ? `${fid}-description` : undefined}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fid}>{label}</label>
      </div>
      {description ? <div className="utrecht-form-field-description utrecht-form-field__description" id={`${fid}-description`}>{description}</div> : null}
    </div>
  );
}

export function Fieldset({ legend, children, description, id }: { legend: ReactNode; children: ReactNode; description?: ReactNode; id?: string }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced" id={id}
      aria-describedby={description && id ? `${id}-description` : undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? <p className="utrecht-form-field-description" id={id ? `${id}-description` : undefined}>{description}</p> : null}
      {children}
    </fieldset>
  );
}

/** A group of radio buttons with a legend; each option may carry a description. */
export function RadioGroupField({ name, legend, value, onChange, options, description, error }: {
  name: string; legend: ReactNode; value: string; onChange: (v: string) => void;
  options: (Option & { description?: ReactNode })[]; description?: ReactNode; error?: string;
}) {
  const gid = fieldId(name);
  const groupDescribedBy = [error ? `${gid}-error` : null, description ? `${gid}-description` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={gid} aria-describedby={groupDescribedBy}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? <p className="utrecht-form-field-description" id={`${gid}-description`}>{description}</p> : null}
      {error ? <p className="utrecht-form-field-error-message" id={`${gid}-error`}>{error}</p> : null}
      {options.map((o) => {
        const oid = `${gid}-${o.value}`;
        return (
          <div key={o.value} className="utrecht-form-field utrecht-form-field--radio spil-checkbox">
            <div className="utrecht-form-field__input">
              <input id={oid} name={name} type="radio" value={o.value} checked={value === o.value}
                className="utrecht-radio-button utrecht-radio-button--html-input"
                onChange={() => onChange(o.value)}
                aria-describedby={o.description ? `${oid}-description` : undefined} />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={oid}>{o.label}</label>
            </div>
            {o.description ? <div className="utrecht-form-field-description utrecht-form-field__description" id={`${oid}-description`}>{o.description}</div> : null}
          </div>
        );
      })}
    </fieldset>
  );
}

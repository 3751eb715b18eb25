import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../components/Button';
import { Paragraph } from '../../components/Heading';
import { PageTitle } from '../../components/PageTitle';
import { PagedYouthCards, useYouthPages } from './youth-pages';
import { HomeSections, useHome } from '../casework/HomeSections';
import { useWorklist } from '../worklist/queries';
import { firstPerYouth } from '../worklist/worklist-sentence';

export function SearchForm({ onSearch, label }: { onSearch: (q: string) => void; label: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  return (
    <form role="search" className="spil-search" onSubmit={(e) => { e.preventDefault(); onSearch(value.trim()); }}>
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="youth-search">{label}</label>
        </div>
        <div className="spil-search__row">
          <input id="youth-search" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={value}
            onChange={(e) => { setValue(e.target.value); if (!e.target.value) onSearch(''); }} />
          <Button type="submit">{t('common.search')}</Button>
        </div>
      </div>
    </form>
  );
}

export function MyYouthPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const list = useYouthPages({ scope: 'mine', q });
  // Each card shows the youth's most urgent signal (the same query as the worklist above).
  const worklist = useWorklist();
  const signals = worklist.data ? firstPerYouth(worklist.data.items) : undefined;
  // The screen shows once the sections at its top have come in (the worklist is the slowest):
  // shown piece by piece, the worklist would push the buttons and cards down just as the coach
  // taps one, and the tap would open another youth.
  const home = useHome();
  if (home.isPending || worklist.isPending) {
    return <><PageTitle title={t('myYouth.title')} /><Paragraph>{t('common.loading')}</Paragraph></>;
  }
  return (
    <>
      <PageTitle title={t('myYouth.title')} />
      <HomeSections home={home} worklist={worklist} />
      <div className="spil-toolbar">
        <ButtonLink to="/jongeren/nieuw" variant="primary">{t('myYouth.register')}</ButtonLink>
        <ButtonLink to="/aanmeldingen/nieuw">{t('signal.new')}</ButtonLink>
      </div>
      <SearchForm onSearch={setQ} label={t('myYouth.search')} />
      <section aria-labelledby="caseload-heading">
        <h2 id="caseload-heading" className="utrecht-heading-2">
          {q ? t('myYouth.results', { q }) : t('myYouth.caseload')}
          {list.total !== null ? <span className="spil-muted"> ({list.total})</span> : null}
        </h2>
        <PagedYouthCards list={list} signals={signals} />
      </section>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { StatusBadge } from '../../components/StatusText';
import { Td } from '../../components/Table';

/** The last two cells of an admin row: active or not, and "edit" / "(de)activate" — never delete. */
export function StatusAndActions({ active, name, onEdit, onToggle }: { active: boolean; name: string; onEdit: () => void; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Td>{active ? <StatusBadge tone="success">{t('admin.active')}</StatusBadge> : <StatusBadge>{t('admin.inactive')}</StatusBadge>}</Td>
      <Td>
        <div className="spil-row-actions">
          <Button onClick={onEdit} aria-label={t('admin.editNamed', { name })}>{t('admin.edit')}</Button>
          <Button onClick={onToggle} aria-label={active ? t('admin.deactivateNamed', { name }) : t('admin.activateNamed', { name })}>
            {active ? t('admin.deactivate') : t('admin.activate')}
          </Button>
        </div>
      </Td>
    </>
  );
}

import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Grid, Skeleton, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CadreBody, CadreView } from '@grassroots/core';
import { ApiError } from '../../../app/api';
import { notifySuccess } from '../../../app/errors';
import { can } from '../../../app/access';
import { useUser } from '../../../app/session';
import { useCadre, useCadreMutations } from '../api';
import { CadreForm } from './CadreForm';
import { Exemptions } from './Exemptions';
import { DivisionName } from '../../../components/CountyCascader';

interface Props {
  /** a cadre id, 'new' to create one, null when closed */
  target: string | null;
  onClose: () => void;
}

function CadreDescriptions({ cadre }: { cadre: CadreView }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
      <Descriptions.Item label={t('cadres.name')}>{cadre.name}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.gender')}>
        {cadre.gender ? t(`gender.${cadre.gender}`) : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('cadres.department')}>{cadre.departmentName}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.rank')}>{t(`rank.${cadre.rank}`)}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.postType')}>{t(`postType.${cadre.postType}`)}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.internalPost')}>
        {cadre.internalPost ? t('common.yes') : t('common.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('cadres.hireDate')}>{cadre.hireDate}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.probationEnd')}>{cadre.probationEnd}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.grassrootsMonths')}>{cadre.grassrootsMonths}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.phone')}>{cadre.phone}</Descriptions.Item>
      <Descriptions.Item label={t('cadres.nativeCounty')}>
        <DivisionName code={cadre.nativeCountyCode} />
      </Descriptions.Item>
      <Descriptions.Item label={t('cadres.previousCounties')}>
        {cadre.previousCountyCodes.join(', ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('cadres.status')}>
        <Tag color={cadre.status === 'active' ? 'green' : 'default'}>{t(`cadreStatus.${cadre.status}`)}</Tag>
        {cadre.exempt && <Tag color="orange">{t('cadres.exempt')}</Tag>}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Detail, edit (with the record version, S6) and exemptions of one cadre; or the create form. */
export function CadreDrawer({ target, onClose }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const screens = Grid.useBreakpoint();
  const creating = target === 'new';
  const id = creating ? null : target;
  const cadre = useCadre(id);
  const m = useCadreMutations(id);
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const editable = can(user, 'editCadres');

  const close = () => {
    setEditing(false);
    setConflict(false);
    onClose();
  };

  const create = (body: CadreBody) =>
    m.create.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('common.saved'));
        close();
      },
    });

  const update = (body: CadreBody, version: number) =>
    m.update.mutate(
      { ...body, version },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          setEditing(false);
        },
        onError: (err) => setConflict(err instanceof ApiError && err.code === 'VERSION_CONFLICT'),
      },
    );

  const reload = async () => {
    setConflict(false);
    setEditing(false);
    await cadre.refetch();
  };

  const version = cadre.data?.version ?? 0;
  const title = creating ? t('cadres.create') : (cadre.data?.name ?? t('cadres.detail'));
  return (
    <Drawer
      open={target !== null}
      onClose={close}
      title={title}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      extra={
        !creating && editable && !editing && cadre.data ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {creating && <CadreForm submitting={m.create.isPending} onSubmit={create} onCancel={close} />}
      {!creating && cadre.isPending && <Skeleton active />}
      {!creating && cadre.data && (
        <>
          {conflict && (
            <Alert
              type="warning"
              showIcon
              title={t('common.conflict')}
              action={
                <Button size="small" onClick={() => void reload()}>
                  {t('common.reload')}
                </Button>
              }
              style={{ marginBottom: 16 }}
            />
          )}
          {editing ? (
            <CadreForm
              key={cadre.data.version}
              cadre={cadre.data}
              submitting={m.update.isPending}
              onSubmit={(body) => update(body, version)}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <CadreDescriptions cadre={cadre.data} />
          )}
          <Exemptions
            exemptions={cadre.data.exemptions}
            editable={can(user, 'manageExemptions')}
            adding={m.addExemption.isPending}
            onAdd={(body) => m.addExemption.mutateAsync(body)}
            onRevoke={(exemptionId) => m.revokeExemption.mutateAsync(exemptionId)}
          />
        </>
      )}
    </Drawer>
  );
}

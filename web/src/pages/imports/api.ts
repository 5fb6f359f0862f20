import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnMappingView, ImportKind, ImportReply } from '@grassroots/core';
import { api, download } from '../../app/api';

export const wizardKinds = ['cadres', 'grassroots-orgs'] as const satisfies readonly ImportKind[];
export type WizardKind = (typeof wizardKinds)[number];

// Our template headers, offered as suggestions when mapping another system's columns (X8).
export const knownHeaders: Record<WizardKind, readonly string[]> = {
  cadres: [
    '姓名',
    '性别',
    '部门',
    '职级',
    '岗位类型',
    '内部管理岗位',
    '入职日期',
    '试用期满日期',
    '基层工作经历(月)',
    '籍贯县代码',
    '曾下沉县代码',
    '手机号',
    '状态',
  ],
  'grassroots-orgs': ['名称', '类型', '县代码', '地址', '两新组织', '联系人'],
};

export function downloadTemplate(kind: WizardKind): Promise<void> {
  return download(`/imports/${kind}/template`, `${kind}-template.xlsx`);
}

export function runImport(
  kind: WizardKind,
  file: File,
  dryRun: boolean,
  mappingId?: string,
): Promise<ImportReply> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<ImportReply>(`/imports/${kind}`, form, { dryRun: String(dryRun), mappingId });
}

const mappingsKey = ['import-mappings'] as const;

export function useMappings(kind: WizardKind) {
  return useQuery({
    queryKey: mappingsKey,
    queryFn: () => api.get<ColumnMappingView[]>('/import-mappings'),
    select: (all) => all.filter((m) => m.kind === kind),
  });
}

export function useMappingMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: mappingsKey });
  return {
    save: useMutation({
      mutationFn: (body: Omit<ColumnMappingView, 'id'>) =>
        api.post<ColumnMappingView>('/import-mappings', body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.delete(`/import-mappings/${id}`),
      onSuccess: refresh,
    }),
  };
}

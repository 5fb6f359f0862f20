import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importColumns, type ColumnMappingView, type ImportKind, type ImportReply } from '@grassroots/core';
import { api, download } from '../../app/api';

export const wizardKinds = ['cadres', 'grassroots-orgs'] as const satisfies readonly ImportKind[];
export type WizardKind = (typeof wizardKinds)[number];

// Our template headers, offered as suggestions when mapping another system's columns (X8): the same
// list the server checks (core contracts), never a copy.
export const knownHeaders: Record<WizardKind, readonly string[]> = importColumns;

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

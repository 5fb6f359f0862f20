import { z } from 'zod';

/** A label in both UI languages (X1: Simplified Chinese by default, English available). */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

// Keys are stable identifiers stored in the database and used by the API; labels may be reworded.

/** L1: work-log entry types, stable keys. */
export const entryTypes = [
  'research',
  'lecture',
  'visit',
  'talk',
  'friendship',
  'help',
  'practical_matter',
  'build_org',
  'exemplar',
  'online_work',
  'supervision',
  'meeting',
  'other',
] as const;
/** L1: zod schema of an entry type key. */
export const entryTypeSchema = z.enum(entryTypes);
export type EntryType = z.infer<typeof entryTypeSchema>;

/** L1: labels of entry types. */
export const entryTypeLabels: Readonly<Record<EntryType, Label>> = {
  research: { zh: '调研', en: 'Research' },
  lecture: { zh: '宣讲/团课', en: 'Lecture / league class' },
  visit: { zh: '走访', en: 'Visit' },
  talk: { zh: '谈心谈话', en: 'Heart-to-heart talk' },
  friendship: { zh: '交友联系', en: 'Keeping in touch with friends' },
  help: { zh: '帮扶', en: 'Help and support' },
  practical_matter: { zh: '办实事', en: 'Practical help for youth' },
  build_org: { zh: '建团组织', en: 'Building league organizations' },
  exemplar: { zh: '树典型', en: 'Fostering exemplars' },
  online_work: { zh: '网络工作', en: 'Online work' },
  supervision: { zh: '督导', en: 'Supervision' },
  meeting: { zh: '会议', en: 'Meeting' },
  other: { zh: '其他', en: 'Other' },
};

/** L1: entry modes; only face to face puts the cadre at the grassroots (D8, C4). */
export const entryModes = ['face_to_face', 'phone', 'network'] as const;
/** L1: zod schema of an entry mode key. */
export const entryModeSchema = z.enum(entryModes);
export type EntryMode = z.infer<typeof entryModeSchema>;

/** L1: labels of entry modes. */
export const entryModeLabels: Readonly<Record<EntryMode, Label>> = {
  face_to_face: { zh: '面对面', en: 'Face to face' },
  phone: { zh: '电话', en: 'Phone' },
  network: { zh: '网络', en: 'Online' },
};

/** C3: the four items of a cadre's annual task list. */
export const taskItems = ['lecture', 'talk', 'research', 'advance'] as const;
/** C3: zod schema of a task-list item key. */
export const taskItemSchema = z.enum(taskItems);
export type TaskItem = z.infer<typeof taskItemSchema>;

/** C3: labels of task-list items, as worded in the seed. */
export const taskItemLabels: Readonly<Record<TaskItem, Label>> = {
  lecture: { zh: '强基固本重宣讲', en: 'Strengthen foundations through lectures' },
  talk: { zh: '交心谈心做桥梁', en: 'Be a bridge through heart-to-heart talks' },
  research: { zh: '调查研究掌情况', en: 'Know the situation through research' },
  advance: { zh: '推动工作抓实效', en: 'Push work forward for real results' },
};

/** C4: the four supervision items of 推动工作抓实效. */
export const supervisionItems = ['theory_study', 'three_meetings', 'league_reform', 'key_projects'] as const;
/** C4: zod schema of a supervision item key. */
export const supervisionItemSchema = z.enum(supervisionItems);
export type SupervisionItem = z.infer<typeof supervisionItemSchema>;

/** C4: labels of supervision items. */
export const supervisionItemLabels: Readonly<Record<SupervisionItem, Label>> = {
  theory_study: { zh: '理论学习', en: 'Theory study' },
  three_meetings: { zh: '三会两制一课', en: 'Branch meetings and league class (三会两制一课)' },
  league_reform: { zh: '共青团改革', en: 'League reform' },
  key_projects: { zh: '重点工作项目', en: 'Key work projects' },
};

/** D9: the six dispatch tasks, tracked per cadre per batch. */
export const dispatchTasks = [
  'ledger',
  'exemplars',
  'new_orgs',
  'online_trial',
  'friends',
  'practical_matters',
] as const;
/** D9: zod schema of a dispatch task key. */
export const dispatchTaskSchema = z.enum(dispatchTasks);
export type DispatchTask = z.infer<typeof dispatchTaskSchema>;

/** D9: labels of dispatch tasks, as worded in the seed. */
export const dispatchTaskLabels: Readonly<Record<DispatchTask, Label>> = {
  ledger: { zh: '做一本明白帐', en: 'Keep a clear ledger of local league work' },
  exemplars: { zh: '树一批好典型', en: 'Foster a group of good exemplars' },
  new_orgs: {
    zh: '在两新组织中建团组织',
    en: 'Build league organizations in new economic and social organizations',
  },
  online_trial: { zh: '网络工作新尝试', en: 'Try new approaches in online work' },
  friends: { zh: '交一批好朋友', en: 'Make friends among grassroots youth' },
  practical_matters: { zh: '办一些实在事', en: 'Do practical things for local youth' },
};

interface TagSuggestion {
  readonly taskItems: readonly TaskItem[];
  readonly dispatchTasks: readonly DispatchTask[];
}

// Suggestions only pre-tick boxes so a cadre logs in one screen (L2); the cadre can change them, and
// no count depends on them. Meetings and "other" suggest nothing: they serve no item by themselves.
const tagSuggestions: Readonly<Record<EntryType, TagSuggestion>> = {
  research: { taskItems: ['research'], dispatchTasks: ['ledger'] },
  lecture: { taskItems: ['lecture'], dispatchTasks: [] },
  visit: { taskItems: ['talk'], dispatchTasks: ['friends'] },
  talk: { taskItems: ['talk'], dispatchTasks: ['ledger'] },
  friendship: { taskItems: ['talk'], dispatchTasks: ['friends'] },
  help: { taskItems: ['talk'], dispatchTasks: ['practical_matters'] },
  practical_matter: { taskItems: ['advance'], dispatchTasks: ['practical_matters'] },
  build_org: { taskItems: ['advance'], dispatchTasks: ['new_orgs'] },
  exemplar: { taskItems: ['advance'], dispatchTasks: ['exemplars'] },
  online_work: { taskItems: ['advance'], dispatchTasks: ['online_trial'] },
  supervision: { taskItems: ['advance'], dispatchTasks: [] },
  meeting: { taskItems: [], dispatchTasks: [] },
  other: { taskItems: [], dispatchTasks: [] },
};

/** L1: task-list items (C3) pre-selected when an entry of this type is logged. */
export function suggestedTaskItems(type: EntryType): readonly TaskItem[] {
  return tagSuggestions[type].taskItems;
}

/** L1: dispatch tasks (D9) pre-selected when an entry of this type is logged during a dispatch. */
export function suggestedDispatchTasks(type: EntryType): readonly DispatchTask[] {
  return tagSuggestions[type].dispatchTasks;
}

/** Y1: groups a youth contact belongs to. */
export const youthGroups = [
  'rural',
  'migrant_worker',
  'student',
  'new_sector',
  'private_enterprise',
  'other',
] as const;
/** Y1: zod schema of a youth group key. */
export const youthGroupSchema = z.enum(youthGroups);
export type YouthGroup = z.infer<typeof youthGroupSchema>;

/** Y1: labels of youth groups. */
export const youthGroupLabels: Readonly<Record<YouthGroup, Label>> = {
  rural: { zh: '农村青年', en: 'Rural youth' },
  migrant_worker: { zh: '进城务工青年', en: 'Migrant worker youth' },
  student: { zh: '学生', en: 'Students' },
  new_sector: { zh: '新兴领域青年', en: 'Youth in emerging sectors' },
  private_enterprise: { zh: '非公企业青年', en: 'Youth in non-public enterprises' },
  other: { zh: '其他', en: 'Other' },
};

/** R2: organ levels, 1 central … 5 grassroots; a larger number is further down. */
export const organLevels = [1, 2, 3, 4, 5] as const;
export type OrganLevel = (typeof organLevels)[number];
/** R2: zod schema of an organ level. */
export const organLevelSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

/** R2: stable keys of organ levels. */
export const organLevelKeys: Readonly<Record<OrganLevel, string>> = {
  1: 'central',
  2: 'provincial',
  3: 'city',
  4: 'county',
  5: 'grassroots',
};

/** R2: labels of organ levels. */
export const organLevelLabels: Readonly<Record<OrganLevel, Label>> = {
  1: { zh: '中央', en: 'Central' },
  2: { zh: '省级', en: 'Provincial' },
  3: { zh: '市级', en: 'City' },
  4: { zh: '县级', en: 'County' },
  5: { zh: '基层', en: 'Grassroots' },
};

/** C4: minimum level gap for 下跨一级 (skipping one level means the partner is two levels down). */
export const CROSS_LEVEL_MIN_GAP = 2;

/** C4: 下跨一级 — a partner counts when at least two organ levels below (provincial → county and below). */
export function isCrossLevelPartner(ownLevel: OrganLevel, partnerLevel: OrganLevel): boolean {
  return partnerLevel >= ownLevel + CROSS_LEVEL_MIN_GAP;
}

// Domain words: the Chinese term each English identifier stands for (STYLE: names keep their meaning).
export const glossary = {
  organ: '机关（团组织）',
  department: '部室',
  cadre: '团干部',
  grassrootsOrg: '基层组织',
  division: '行政区划',
  province: '省级',
  prefecture: '地级',
  county: '县级',
  exemption: '不参加（经党组批准）',
  dispatch: '常态化下沉基层',
  round: '轮次',
  batch: '批次',
  workGroup: '工作小组',
  groupLeader: '组长',
  contactPoint: '基层联系点',
  taskList: '任务清单',
  workLog: '工作日志',
  youthContact: '青年朋友',
  helpPair: '帮扶对子',
  rating: '评价等次',
  ruleSet: '考核规则',
  avoidance: '回避',
  probation: '试用期',
  auditChain: '审计链',
} as const;

export type GlossaryKey = keyof typeof glossary;

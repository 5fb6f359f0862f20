import { z } from 'zod';
import { isoDate, pageQuery, uuid } from './common';
import { quotaKeySchema, quotaNumbersSchema, quotaRuleSetSchema, progressStatuses } from '../rules/quotas';
import { taskItemSchema } from '../rules/worklog';
import { proximities } from '../rules/contact-points';

// C4/C5: the organ admin edits the year's rule set; the server fills organId/year.
export const ruleSetBody = z.object({
  factor: z.number().gt(0).lte(1),
  startDate: isoDate,
  quotas: quotaNumbersSchema,
  deadlines: z.object({ midTerm: isoDate.nullable(), researchReport: isoDate, departmentPlan: isoDate }),
  weekObligationDays: z.number().int().min(0).max(60),
});
export const ruleSetView = quotaRuleSetSchema;
/** S6: `version` is the one last read (null when the organ still runs on the defaults). */
export const ruleSetPut = ruleSetBody.extend({ version: z.number().int().nullable() });
export const ruleSetReply = z.object({
  ruleSet: ruleSetView,
  version: z.number().int().nullable(),
  /** True when no rule set was saved for the year and the seed's defaults apply. */
  isDefault: z.boolean(),
});
export type RuleSetReply = z.infer<typeof ruleSetReply>;
export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const yearCadreParams = yearParams.extend({ cadreId: uuid });
export const yearDepartmentParams = yearParams.extend({ departmentId: uuid });
export const taskIndexParams = yearCadreParams.extend({ index: z.coerce.number().int().min(0).max(20) });

// C3 单位指: organ-wide guidance per item and the lecture topics it sets.
export const assignmentBody = z.object({
  items: z.record(taskItemSchema, z.string().trim().max(1000)),
  lectureTopics: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
});
export type AssignmentBody = z.infer<typeof assignmentBody>;
export const assignmentPut = assignmentBody.extend({ version: z.number().int().nullable() });
export const assignmentReply = z.object({ assignment: assignmentBody, version: z.number().int().nullable() });
export type AssignmentReply = z.infer<typeof assignmentReply>;

// C1: participants of the year.
export const participantView = z.object({
  cadreId: uuid,
  name: z.string(),
  departmentId: uuid,
  departmentName: z.string(),
  postType: z.enum(['full_time', 'attached', 'part_time']),
  participating: z.boolean(),
  basis: z.enum(['full_time', 'department_decision', 'exempt', 'not_decided', 'left']),
  contactPoints: z.number().int(),
  taskListStatus: z.enum(['none', 'draft', 'proposed', 'approved', 'returned']),
});
export type ParticipantView = z.infer<typeof participantView>;
export const participantsReply = z.object({ year: z.number().int(), items: z.array(participantView) });
export const inclusionBody = z.object({ included: z.boolean() });

// C2: 3–4 contact points, each with the source of the choice.
/** C2: each participant keeps 3–4 grassroots organizations as contact points (seed 003 二.2). */
export const contactPointLimits = { min: 3, max: 4 } as const;
export const contactPointSources = ['department', 'individual', 'city_recommended', 'dispatch'] as const;
export const contactPointSource = z.enum(contactPointSources);
export type ContactPointSource = z.infer<typeof contactPointSource>;
/** Without a source, the point keeps its recorded one, else the setter's (cadre: individual; head: department). */
export const contactPointInput = z.object({ grassrootsOrgId: uuid, source: contactPointSource.optional() });
// The count (3–4) is checked by the server so that the refusal names it in words (C2).
export const contactPointsBody = z.object({ points: z.array(contactPointInput).max(20) });
export const contactPointView = z.object({
  grassrootsOrgId: uuid,
  source: contactPointSource,
  name: z.string(),
  countyCode: z.string(),
  countyName: z.string().nullable(),
});
export const contactPointsView = z.object({
  cadreId: uuid,
  year: z.number().int(),
  points: z.array(contactPointView),
  /** D8: a dispatched county stays the cadre's contact point for two years (shown beside the 3–4 chosen). */
  dispatchCounties: z.array(
    z.object({ countyCode: z.string(), countyName: z.string().nullable(), until: isoDate }),
  ),
});
export type ContactPointsView = z.infer<typeof contactPointsView>;
export const pointCandidateQuery = pageQuery;
export const pointCandidate = z.object({
  id: uuid,
  name: z.string(),
  type: z.string(),
  countyCode: z.string(),
  countyName: z.string().nullable(),
  proximity: z.enum(proximities),
});

// C3 个人提 → 共同定.
export const concreteTask = z.object({
  title: z.string().trim().min(1).max(200),
  done: z.boolean().default(false),
});
export const taskProposal = z.object({
  items: z.record(taskItemSchema, z.string().trim().max(2000)),
  researchTopic: z.string().trim().max(200).default(''),
  lectureTopics: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  concreteTasks: z.array(concreteTask).max(5).default([]),
});
export type TaskProposal = z.infer<typeof taskProposal>;
export const taskListStatus = z.enum(['draft', 'proposed', 'approved', 'returned']);
export const taskListBody = z.object({
  version: z.number().int().nullable(),
  proposal: taskProposal,
  requestChange: z.boolean().default(false),
});
export const reviewBody = z.object({
  version: z.number().int(),
  comment: z.string().trim().max(500).default(''),
});
export const taskDoneBody = z.object({ done: z.boolean() });
export const taskListView = z.object({
  cadreId: uuid,
  year: z.number().int(),
  status: taskListStatus.or(z.literal('none')),
  assignment: assignmentBody,
  proposal: taskProposal,
  reviewComment: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  locked: z.boolean(),
  version: z.number().int().nullable(),
  history: z.array(
    z.object({
      version: z.number().int(),
      status: z.string(),
      action: z.string(),
      actorName: z.string(),
      at: z.string(),
      comment: z.string().nullable(),
    }),
  ),
});
export type TaskListView = z.infer<typeof taskListView>;

// C9: department plans.
export const departmentPlanView = z.object({
  departmentId: uuid,
  departmentName: z.string(),
  participants: z.number().int(),
  withContactPoints: z.number().int(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
});
export type DepartmentPlanView = z.infer<typeof departmentPlanView>;
export const departmentPlansReply = z.object({
  year: z.number().int(),
  /** C9: the rule set's department-plan date (seed 003: Oct 31). */
  deadline: isoDate,
  deadlinePassed: z.boolean(),
  submitted: z.number().int(),
  notSubmitted: z.number().int(),
  items: z.array(departmentPlanView),
});

// C4: research report.
export const researchBody = z.object({
  topic: z.string().trim().min(2).max(200),
  summary: z.string().trim().max(5000).default(''),
  attachmentId: uuid.nullable().default(null),
});
export const researchPut = researchBody.extend({ version: z.number().int().nullable() });
export const researchView = researchBody.extend({
  id: uuid,
  cadreId: uuid,
  year: z.number().int(),
  submittedAt: z.string(),
  review: z.string().nullable(),
  award: z.string().nullable(),
  version: z.number().int(),
});
export const researchReply = z.object({
  report: researchView.nullable(),
  /** C4/C5: the report's due date from the year's rule set. */
  due: isoDate,
  /** D15: a cadre dispatched this year is credited with the research task. */
  credited: z.boolean(),
});
export type ResearchReply = z.infer<typeof researchReply>;

// SPEC §11: GET /api/v1/progress?cadreId=&year=
export const progressQuery = z.object({
  cadreId: uuid.optional(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const progressReply = z.object({
  cadreId: uuid,
  year: z.number().int(),
  asOf: isoDate,
  quotas: z.array(
    z.object({
      key: quotaKeySchema,
      target: z.number().int(),
      actual: z.number().int(),
      expected: z.number(),
      status: z.enum(progressStatuses),
      due: isoDate.nullable().optional(),
      credited: z.boolean().optional(),
    }),
  ),
  /** C4 下跨一级: talks logged that do not count, with the reason shown. */
  talksNotCounting: z.number().int(),
  /** C10: the one-week obligation of a cadre not dispatched this year. */
  weekObligation: z.object({
    status: z.string(),
    daysDone: z.number().int(),
    daysRequired: z.number().int(),
  }),
});
export type ProgressReply = z.infer<typeof progressReply>;

import DataLoader from "dataloader";
import type { IdKind } from "../common/ids";
import { createByIdLoader } from "../common/loaders";
import type { TenantScope } from "../common/tenant-scope";
import { Conversation } from "../conversation/conversation.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import type { createFlagLoaders } from "../flag/flag.loaders";
import type { createMentorshipLoaders } from "../mentorship/mentorship.loaders";
import type { createParticipantLoaders } from "../participant/participant.loaders";
import type { createPartnerLoaders } from "../partner/partner.loaders";
import { PartnerService } from "../partner/partner.service";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import type { SurveyAnswerView } from "../survey/survey-answer.type";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import type { createSurveyLoaders } from "../survey/survey.loaders";
import { DeletedRecord } from "../sync/deleted-record.entity";

/** The per-request loaders of the features, which `node` reuses so that its rows share their caches. */
export interface FeatureLoaders {
  partner: ReturnType<typeof createPartnerLoaders>;
  participant: ReturnType<typeof createParticipantLoaders>;
  mentorship: ReturnType<typeof createMentorshipLoaders>;
  survey: ReturnType<typeof createSurveyLoaders>;
  flag: ReturnType<typeof createFlagLoaders>;
}

/** One loader per kind of global id; each reads only the viewer's partner's rows and loads null for any other id. */
export type NodeLoaders = Partial<Record<IdKind, DataLoader<string, object | null>>>;

/** Creates the loaders behind `node` and `nodes`, one SQL statement per kind and batch. */
export function createNodeLoaders(scope: TenantScope, loaders: FeatureLoaders): NodeLoaders {
  return {
    partner: new DataLoader(async (ids) => {
      // The partner row has no partnerId column; the viewer may read only their own.
      const own = ids.includes(scope.partnerId) ? await new PartnerService(scope).current() : null;

      return ids.map((id) => (id === scope.partnerId ? own : null));
    }),
    program: loaders.partner.programById,
    participant: loaders.participant.byId,
    mentorship: loaders.mentorship.byId,
    survey: loaders.survey.surveyById,
    flagCategory: loaders.flag.categoryById,
    staffUser: loaders.flag.staffUserById,
    conversation: createByIdLoader(scope, Conversation),
    surveyQuestion: createByIdLoader(scope, SurveyQuestion),
    surveyResponse: createByIdLoader(scope, SurveyResponse),
    surveyAnswer: new DataLoader((ids) => loadAnswerViews(scope, loaders.survey.answersByResponse, ids)),
    priorityFlag: createByIdLoader(scope, PriorityFlag),
    deletedRecord: createByIdLoader(scope, DeletedRecord),
  };
}

/** Loads answers in the shape `SurveyResponse.answers` returns them, through that field's loader. */
async function loadAnswerViews(
  scope: TenantScope,
  answersByResponse: DataLoader<string, SurveyAnswerView[]>,
  ids: readonly string[],
): Promise<Array<SurveyAnswerView | null>> {
  const rows = await scope.select(SurveyAnswer, "answer").andWhere("answer.id IN (:...ids)", { ids: [...ids] }).getMany();
  const responseIds = [...new Set(rows.map((row) => row.responseId))];
  const lists = await answersByResponse.loadMany(responseIds);
  const byId = new Map<string, SurveyAnswerView>();
  for (const list of lists) {
    if (Array.isArray(list)) {
      list.forEach((answer) => byId.set(answer.id, answer));
    }
  }

  return ids.map((id) => byId.get(id) ?? null);
}

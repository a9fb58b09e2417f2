import { ObjectType } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { SurveyResponse } from "./survey-response.entity";

@ObjectType({ description: "One page of survey responses, with the total number that match the filter." })
export class SurveyResponseConnection extends ConnectionType(SurveyResponse, "SurveyResponse", { singular: "survey response", plural: "survey responses" }) {}

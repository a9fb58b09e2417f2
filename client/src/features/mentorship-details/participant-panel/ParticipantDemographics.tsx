import { DetailList } from "../../../common/DetailList";
import { NotProvided } from "../../../common/NotProvided";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const ParticipantDemographics_participant = graphql(`
  fragment ParticipantDemographics_participant on Participant {
    gender
    raceEthnicity
    firstGeneration
    graduationYear
    fieldOfStudyOrWork
  }
`);

interface ParticipantDemographicsProps {
  participant: FragmentType<typeof ParticipantDemographics_participant>;
}

/** Gender, race or ethnicity, first-generation status, graduation year and field. */
export function ParticipantDemographics({ participant: participantRef }: ParticipantDemographicsProps) {
  const participant = getFragmentData(ParticipantDemographics_participant, participantRef);

  return (
    <DetailList
      items={[
        { label: "Gender", value: participant.gender ?? <NotProvided /> },
        { label: "Race/ethnicity", value: participant.raceEthnicity ?? <NotProvided /> },
        { label: "First-generation", value: describeFirstGeneration(participant.firstGeneration) },
        { label: "Graduation year", value: participant.graduationYear ?? <NotProvided /> },
        { label: "Field", value: participant.fieldOfStudyOrWork ?? <NotProvided /> },
      ]}
    />
  );
}

function describeFirstGeneration(firstGeneration: boolean | null | undefined) {
  if (firstGeneration === null || firstGeneration === undefined) {
    return <NotProvided />;
  }

  return firstGeneration ? "Yes" : "No";
}

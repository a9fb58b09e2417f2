import { Field, ObjectType, registerEnumType } from "type-graphql";

/** Origin of a shared trait of a pair. */
export enum CommonGroundKind {
  LIFE_EXPERIENCE = "LIFE_EXPERIENCE",
  CHARACTERISTIC = "CHARACTERISTIC",
  CUSTOM_ATTRIBUTE = "CUSTOM_ATTRIBUTE",
}

registerEnumType(CommonGroundKind, {
  name: "CommonGroundKind",
  description: "Origin of something a mentor and a mentee have in common.",
  valuesConfig: {
    LIFE_EXPERIENCE: { description: "A life experience both reported." },
    CHARACTERISTIC: { description: "An option both chose for the same comparable question of a matching survey." },
    CUSTOM_ATTRIBUTE: { description: "A comparable custom attribute with the same value for both." },
  },
});

@ObjectType({ description: "Something the mentor and the mentee of a pair have in common." })
export class CommonGround {
  @Field(() => CommonGroundKind, { description: "Origin of the shared trait." })
  kind!: CommonGroundKind;

  @Field(() => String, {
    description: "What is shared: the life experience's label, the matching question's prompt, or the custom attribute's label.",
  })
  label!: string;

  @Field(() => String, { nullable: true, description: "The shared option or value; null for life experiences, where the label says it all." })
  value!: string | null;
}

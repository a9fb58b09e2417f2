import { Field, ObjectType } from "type-graphql";
import { CustomAttributeSource, CustomAttributeValueType } from "./custom-attribute-enums";

@ObjectType({ description: "One of the partner's own profile fields and this participant's value of it." })
export class CustomAttribute {
  @Field(() => String, { description: "Stable machine name of the field within the program, such as `college`." })
  key!: string;

  @Field(() => String, { description: "Label shown to staff, such as `College`." })
  label!: string;

  @Field(() => String, { description: "The value as text, to be read according to `valueType`." })
  value!: string;

  @Field(() => CustomAttributeValueType, { description: "How `value` is to be read." })
  valueType!: CustomAttributeValueType;

  @Field(() => CustomAttributeSource, { description: "Where the value came from." })
  source!: CustomAttributeSource;

  @Field(() => Boolean, { description: "Whether the value could identify the person, so that anonymized quotes leave it out." })
  identifying!: boolean;
}

import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "../common/sort-direction.enum";

/** Fields that conversations can be sorted by. */
export enum ConversationSortField {
  OCCURRED_AT = "OCCURRED_AT",
}

registerEnumType(ConversationSortField, {
  name: "ConversationSortField",
  description: "What conversations can be sorted by; ties are broken by id.",
  valuesConfig: {
    OCCURRED_AT: { description: "When the conversation took place." },
  },
});

@InputType({ description: "Order of a conversation list." })
export class ConversationSort {
  @Field(() => ConversationSortField, { defaultValue: ConversationSortField.OCCURRED_AT, description: "What to sort by; `OCCURRED_AT` when omitted." })
  field!: ConversationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: "Sort direction; `DESC` (latest first) when omitted." })
  direction!: SortDirection;
}

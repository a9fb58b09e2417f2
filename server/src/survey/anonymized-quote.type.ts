import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "An open-text answer made safe to share in reports: no names, contact details or identifying custom attribute values of either participant." })
export class AnonymizedQuote {
  @Field(() => String, {
    description:
      "The answer with the participants' names replaced by `[mentor]` or `[mentee]` (`[participant]` for a name both share), email addresses by `[email]`, phone numbers by `[phone]` and identifying custom attribute values by `[redacted]`.",
  })
  text!: string;

  @Field(() => String, { description: "Who said it, by role and program only, such as `a mentee in First-Year Mentoring`." })
  attribution!: string;
}

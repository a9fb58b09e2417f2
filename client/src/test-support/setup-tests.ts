import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Pages load lazily, and on a busy shared machine the first import of a page chunk can take
// longer than Testing Library's default one second of waiting in findBy and waitFor.
configure({ asyncUtilTimeout: 10_000 });

/** The CareersError a call throws (any other error, or none, fails the test). */
import { CareersError } from "../../src/errors.js";

export const caught = (f: () => unknown): CareersError => {
  try {
    f();
  } catch (err) {
    if (err instanceof CareersError) return err;
    throw err;
  }
  throw new Error("expected an error");
};

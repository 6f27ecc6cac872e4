/** Word forms: the stems search and look-ups compare (src/text/forms.ts). */
import { describe, expect, it } from "vitest";
import { isEnding, nameKeys, stem, stems } from "../../src/text/forms.js";

describe("stem", () => {
  it.each([
    // a job and its work, both ways
    ["nursing", "nurs"],
    ["nurses", "nurs"],
    ["nurse", "nurs"],
    ["programmer", "program"],
    ["programming", "program"],
    ["teacher", "teach"],
    ["teaching", "teach"],
    ["driver", "driv"],
    ["driving", "driv"],
    ["registered", "register"],
    ["running", "run"],
    ["engineer", "engineer"],
    ["engineering", "engineer"],
    ["employees", "employee"],
    // -y and -ies: the y goes, after a consonant
    ["secretary", "secretar"],
    ["secretaries", "secretar"],
    ["nanny", "nann"],
    ["nannies", "nann"],
    ["attorney", "attorney"],
    ["ties", "tie"],
    // a plural's s, not of -ss, -us, -is
    ["keepers", "keep"],
    ["waitress", "waitress"],
    ["status", "status"],
    ["analysis", "analysis"],
    // a doubled l, s, f or z stays; a stem is left of three letters at least, with a vowel
    ["sellers", "sell"],
    ["staffing", "staff"],
    ["baking", "bak"],
    ["sing", "sing"],
    ["string", "string"],
    ["ceo", "ceo"],
    ["hvac", "hvac"],
    ["c++", "c++"],
    ["911", "911"],
    // three letters or fewer, or not all letters: as it is
    ["cos", "cos"],
    ["2nurses", "2nurses"],
    ["nurses2", "nurses2"],
    ["java++", "java++"],
    // -ies goes from words of more than five letters; of five, only the s, then the e
    ["flies", "fli"],
    // a y after a consonant goes from words of more than four letters
    ["tidy", "tidy"],
    // a doubled last letter goes where more than three letters are left
    ["eggs", "egg"],
  ])("%s -> %s", (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe("isEnding", () => {
  it("the endings of a word's forms, after a doubled last letter too", () => {
    // "" (the stem itself) and each of these
    for (const rest of ["", ..."s es e ed er ers ing ings y ies or ist ian ion ant ry ment ement".split(" ")])
      expect(isEnding("nurs", rest), rest).toBe(true);
    expect(isEnding("program", "mer")).toBe(true);
    expect(isEnding("program", "ming")).toBe(true);
    expect(isEnding("program", "m")).toBe(false); // the doubled letter alone is not an ending
    expect(isEnding("program", "ner")).toBe(false);
    expect(isEnding("nurs", "ery")).toBe(false);
    expect(isEnding("lamp", "lighter")).toBe(false);
  });
});

describe("stems and nameKeys", () => {
  it("lower case, stop words out, each word its stem", () => {
    expect(stems("Keepers of the Lanterns")).toEqual(["keep", "lantern"]);
    expect(stems("C++ and C# glass")).toEqual(["c++", "c#", "glass"]);
    expect(stems("  the, of  ")).toEqual([]);
  });

  it("a title in brackets gives both names, each of its stems", () => {
    expect(nameKeys("Registered Nurse (RN)")).toEqual(["register nurs", "rn"]);
    expect(nameKeys("HVAC Engineer (Heating, Ventilation and Air Conditioning Engineer)")).toEqual([
      "hvac engineer",
      "heat ventilation air condition engineer",
    ]);
    expect(nameKeys("Nurses, Registered")).toEqual(["nurs register"]);
    // a text around the brackets is one name; an unclosed bracket is not split
    expect(nameKeys("Nurse (RN) Manager")).toEqual(["nurs manag", "rn"]);
    expect(nameKeys("Nurse (RN")).toEqual(["nurs rn"]);
    expect(nameKeys("(RN)")).toEqual(["rn"]);
    expect(nameKeys("the")).toEqual([]);
  });
});

describe("nameKeys at its limits", () => {
  it("a name in brackets only where an opening bracket comes before the closing one; one at the start counts", () => {
    expect(nameKeys("Nurses)")).toEqual(["nurs"]);
    expect(nameKeys("(RN) Nurses")).toEqual(["nurs", "rn"]);
  });
});

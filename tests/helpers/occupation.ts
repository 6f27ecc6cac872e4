/**
 * An imported occupation as the data set holds it, invented: Cloud Shepherds, with BLS wages published
 * only for a broad group, its median and upper percentiles top-coded and some hourly ones not estimated;
 * and the manifest of the releases it comes from.
 */
import type { Manifest, Occupation, Wage } from "../../src/schema/occupation.js";

const topCoded: Wage = { amount: null, topCoded: true, atLeast: 312000 };

export const cloudShepherds: Occupation = {
  id: "cloud-shepherds",
  code: "91-2013.00",
  soc: "91-2013",
  title: "Cloud Shepherds",
  description: "Guide low clouds.",
  tasks: [
    { id: 1, text: "Herd clouds.", type: "Core" },
    { id: 2, text: "Count raindrops.", type: null },
  ],
  skills: [
    { element: "2.A.1.b", name: "Active Listening", importance: 3.5, level: 4, anchor: { value: 4, text: "Answer a grower" } },
    { element: "2.A.1.d", name: "Speaking", importance: 2.25, level: 1 },
  ],
  knowledge: [],
  technology: null,
  education: {
    required: [
      { category: 6, label: "Bachelor's degree", percent: 40 },
      { category: 2, label: "High school diploma - or the equivalent (GED)", percent: 60 },
    ],
    experience: [],
    training: [],
  },
  jobZone: { zone: 4, name: "Job Zone Four: Considerable Preparation Needed" },
  interests: null,
  wages: {
    bls: {
      code: "91-2010",
      title: "Cloud Shepherds and Rain Herders",
      basis: "broad",
      note: "BLS publishes only the broad group 91-2010 Cloud Shepherds and Rain Herders, which takes in this occupation and others",
    },
    period: "May 2098",
    employment: 780,
    annual: {
      mean: { amount: 229320 },
      pct10: { amount: 125010 },
      pct25: { amount: 183460 },
      median: topCoded,
      pct75: topCoded,
      pct90: topCoded,
    },
    hourly: {
      mean: { amount: 110.25 },
      pct10: { amount: 60.1 },
      pct25: { amount: 88.2 },
      median: { amount: null, notAvailable: "*" },
      pct75: { amount: null, notAvailable: "*" },
      pct90: { amount: null, notAvailable: "N/A" },
    },
  },
  outlook: null,
  related: [],
  alternateTitles: ["Rain Herder"],
};

export const releases = {
  sources: [
    { id: "onet", name: "O*NET Database", version: "99.1", date: "April 2099", attribution: "O*NET says" },
    { id: "bls-projections", name: "BLS Employment Projections", version: "2098–08", date: null, attribution: "BLS says" },
    { id: "bls-oews", name: "BLS OEWS", version: "May 2098", date: "May 2098", attribution: "BLS says" },
  ],
} as unknown as Manifest;

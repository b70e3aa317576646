export * from "./status";
export * from "./rule";
export * from "./actual";
export * from "./entry";
export * from "./plausibility";
export * from "./assess";
export * from "./formula";
export * from "./planAssessment";

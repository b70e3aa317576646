export * from "./aggregate";
export * from "./received";
export * from "./localities";
export * from "./totalTarget";
export * from "./consolidate";
export * from "./workbook";
export * from "./json";
export * from "./text";

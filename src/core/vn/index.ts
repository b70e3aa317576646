export * from "./text";
export * from "./numbers";
export * from "./units";
export * from "./abbreviations";
export * from "./phrases";
export * from "./target";
export * from "./targetFormat";
export * from "./direction";
export { MESSAGES } from "./messages";

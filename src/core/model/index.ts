export * from "./schema";
export * from "./load";
export * from "./walk";
export * from "./summary";
export * from "./naming";
export * from "./rowList";
export * from "./exceedMargin";

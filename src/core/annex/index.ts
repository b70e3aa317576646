export * from "./sheet";
export * from "./options";
export * from "./heading";
export * from "./columns";
export * from "./layout";
export * from "./modelSheet";
export * from "./agencies";
export * from "./readAnnex";

export * from "./columns";
export * from "./table";
export * from "./read";
export * from "./communeAnnexes";
export * from "./fileNames";

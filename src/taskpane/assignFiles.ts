/**
 * The ExcelJS side of "Giao chỉ tiêu", loaded only when the step first writes or reads a file:
 * inside Excel the pane otherwise never downloads ExcelJS (hostChoice.ts).
 */
export { assignTableBytes, communeAnnexFiles, readAssignTableBytes, zipFiles } from "../hosts/xlsx/assignFile";

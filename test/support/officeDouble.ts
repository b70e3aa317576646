/**
 * Excel for tests: an in-memory workbook behind Microsoft's own Office.js client. By default the
 * host under test talks to the real client (excel-web-16.00.js from @microsoft/office-js, run in
 * a vm: officeClient.ts), whose requests this double answers as Excel does (richApiServer.ts), so
 * load/sync, null objects, request flags and request sizes are the client's. With
 * `client: "double"` the double's own proxies stand in for the client (tests of the double).
 *
 * What it holds to, as Excel (and Microsoft's documentation) does:
 * - Each request is one sync; its size is the real request's UTF-8 length, and a request or a
 *   response over 5 MB is refused (Excel on the web's limits).
 * - Requirement sets come from the "[Api set: …]" notes of @types/office-js (bin/excelApiSets.js):
 *   it emulates one ExcelApi version and refuses ("ApiNotFound") a member of a later set.
 * - Cell-edit mode (beginCellEdit): a batch that did not ask for delayForCellEdit is refused
 *   ("InvalidOperationInCellEditMode"); one that did waits until the edit ends.
 * - failRequest(n): the n-th request is refused as a whole, as for a network error or a timeout.
 * - Excel's limits from the core's one table (EXCEL_LIMITS): a row over 409 points is refused; a
 *   very hidden sheet cannot be deleted; defined names follow renamed sheets and break (#REF!) with
 *   deleted ones; fit to pages without a vertical count fits one page tall.
 * - Strings written through values/formulas are parsed as Excel parses typed input ("=x" is a
 *   formula, "(1)" is -1, "'x" is the text "x"), except in Text ("@") cells, where they stay
 *   literal, apostrophe included: the cautious reading of what Excel does there.
 * - Formulas are stored, not evaluated: their values read as "" (or the cached result of a file).
 * - Worksheet change events fire for user edits (simulateEdit) and for the add-in's own writes,
 *   after the request, delivered to the client as Office delivers them (asynchronously); from
 *   ExcelApi 1.14 they carry triggerSource.
 */
import { EXCEL_LIMITS } from "../../src/core/annex/excelLimits";
import { columnLetter } from "../../src/core/annex/sheet";
import { excelRunner, type ExcelRun, type ExcelRunner } from "../../src/hosts/office/runner";
import { excelApiSets } from "../../bin/excelApiSets";
import { loadRealClient, type RealClient, type Transport } from "./officeClient";
import { answerRequest, WORKSHEET_CHANGED, type RequestBody } from "./richApiServer";
import type { GridCell, GridSheet, GridWorkbook } from "../../src/core/annex/grid";

// ---------------------------------------------------------------------------------------------
// Requirement sets

/**
 * The ExcelApi set of each member, as @types/office-js notes it ("[Api set: ExcelApi 1.8]"), read
 * by bin/excelApiSets.js, the same reading the lint check uses. A member of another set
 * (ExcelApiOnline, ...) counts as missing from the Excel emulated here.
 */
const DECLARED = excelApiSets();

/**
 * What the declarations do not note: Office.js's own machinery (sync, event handlers) and the
 * double's names for the objects it returns in place of the API's. Where a member is declared,
 * its declared set wins.
 */
export const REQUIREMENTS: Readonly<Record<string, string>> = {
  "RequestContext.sync": "1.1",
  "WorksheetCollection.items": "1.1",
  "NamedItemCollection.items": "1.1",
  "Worksheet.visibility": "1.1",
  "EventHandlers.add": "1.7",
  "EventHandlerResult.remove": "1.7",
};

const minor = (version: string): number => {
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`double: phiên bản ExcelApi không hợp lệ "${version}"`);
  return Number(match[1]);
};

export function compareVersions(a: string, b: string): number {
  return minor(a) - minor(b);
}

export class ApiNotSupportedError extends Error {
  constructor(
    readonly api: string,
    readonly requirement: string,
    readonly emulated: string,
  ) {
    super(`ApiNotFound: ${api} cần ExcelApi ${requirement}; bản giả lập đang mô phỏng ExcelApi ${emulated}.`);
    this.name = "ApiNotSupportedError";
  }
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeError";
  }
}

// ---------------------------------------------------------------------------------------------
// The in-memory workbook

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface BorderModel {
  style?: string;
  weight?: string;
  color?: string;
}

export interface CellFormatModel {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
  borders: { top?: BorderModel; bottom?: BorderModel; left?: BorderModel; right?: BorderModel };
}

export interface CellModel {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  /** Typed (or written) with a leading apostrophe. */
  quotePrefix?: boolean;
  format: CellFormatModel;
}

export interface ConditionalFormatModel {
  area: Area;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  numberFormat?: string;
}

export interface ValidationModel {
  area: Area;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface PageModel {
  orientation?: string;
  paperSize?: string;
  margins: Partial<Record<"top" | "bottom" | "left" | "right" | "header" | "footer", number>>;
  centerHorizontally?: boolean;
  printOrder?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  printTitleColumns?: string;
  footer: { left?: string; center?: string; right?: string };
}

type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, CellModel>;
  merges: Area[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  conditionalFormats: ConditionalFormatModel[];
  validations: ValidationModel[];
  freeze: { rows: number; columns: number } | null;
  showGridlines: boolean;
  page: PageModel;
  /** Manual horizontal page breaks, each the 1-based row that starts a page (Worksheet.horizontalPageBreaks). */
  rowBreaks: number[];
  handlers: Set<Handler>;
}

export interface BookModel {
  sheets: SheetModel[];
  names: Map<string, { name: string; formula: string }>;
  properties: { title: string; author: string };
  activeSheetId: string;
  selection: { sheetId: string; area: Area } | null;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const key = (row: number, column: number) => row * (MAX_COLUMNS + 1) + column;

export const columnLetters = columnLetter;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1", "A1:B2", "A:B", "5:7", with or without "$" and a sheet name. */
export function parseAddress(address: string): Area {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim().toUpperCase();
  const [first = "", second = first] = bare.split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const a = cell.exec(first);
  const b = cell.exec(second);
  if (a && b) {
    const [r1, c1, r2, c2] = [Number(a[2]), columnNumber(a[1] as string), Number(b[2]), columnNumber(b[1] as string)];
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  if (/^[A-Z]{1,3}$/.test(first) && /^[A-Z]{1,3}$/.test(second)) {
    const [c1, c2] = [columnNumber(first), columnNumber(second)];
    return { top: 1, left: Math.min(c1, c2), bottom: MAX_ROWS, right: Math.max(c1, c2) };
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    const [r1, r2] = [Number(first), Number(second)];
    return { top: Math.min(r1, r2), left: 1, bottom: Math.max(r1, r2), right: MAX_COLUMNS };
  }
  throw new OfficeError("InvalidArgument", `địa chỉ không hợp lệ "${address}"`);
}

export function areaAddress(area: Area): string {
  const one = `${columnLetters(area.left)}${area.top}`;
  return area.top === area.bottom && area.left === area.right ? one : `${one}:${columnLetters(area.right)}${area.bottom}`;
}

const overlaps = (a: Area, b: Area) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const inside = (inner: Area, outer: Area) => inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

/** What Excel stores for an input in a cell of the given number format (en-US parsing). */
export function interpretInput(input: string | number | boolean, numberFormat: string): Pick<CellModel, "value" | "formula" | "quotePrefix"> & { numberFormat?: string } {
  if (typeof input !== "string") return { value: input };
  if (input === "") return { value: null };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") && input.length > 1) return { value: null, formula: input.slice(1) };
  const number = /^\(?([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(e[+-]?\d+)?\)?(%?)$/i.exec(input.trim());
  if (number && /\d/.test(input) && (input.trim().startsWith("(") === input.trim().endsWith(")") || input.trim().endsWith("%"))) {
    let value = Number(`${number[1]}${(number[2] ?? "").replace(/,/g, "")}${number[3] ?? ""}${number[4] ?? ""}`);
    if (input.trim().startsWith("(")) value = -value;
    if (number[5] === "%") return { value: value / 100, numberFormat: numberFormat === "General" ? "0%" : numberFormat };
    if (Number.isFinite(value)) return { value };
  }
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  const date = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?$/.exec(input);
  if (date) {
    const year = date[3] === undefined ? 2024 : Number(date[3]) < 100 ? 2000 + Number(date[3]) : Number(date[3]);
    const serial = Date.UTC(year, Number(date[1]) - 1, Number(date[2])) / 86_400_000 + 25_569;
    return { value: serial, numberFormat: numberFormat === "General" ? "m/d/yyyy" : numberFormat };
  }
  if (/^[+\-@]./.test(input)) return { value: null, formula: input };
  return { value: input };
}

// ---------------------------------------------------------------------------------------------
// Operations, contexts and proxies

export interface OperationRecord {
  /** The sync that carried it (1-based, counting every sync of the double). */
  sync: number;
  api: string;
  requirement: string;
  /** create: a method returning an object (getRange); call: a method run for its effect (merge). */
  kind: "set" | "call" | "create" | "load" | "path";
  bytes: number;
}

export interface SyncRecord {
  index: number;
  operations: number;
  /** UTF-8 length of the JSON of the operations the sync carried. */
  requestBytes: number;
  /** UTF-8 length of the JSON of what it loaded. */
  responseBytes: number;
}

interface Pending {
  record: Omit<OperationRecord, "sync">;
  args: unknown;
  run: () => void;
}

function utf8(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * What an operation adds to the request Office.js sends, in the shapes its RichApi request body
 * uses (ObjectPaths and Actions records, as built by excel-web-16.00.js): a navigation is an object
 * path; a method returning an object is an object path plus an instantiate action; a property set
 * or method call is an action carrying its arguments; a load is a query action.
 */
function requestBytes(api: string, kind: OperationRecord["kind"], args: unknown, id: number): number {
  const member = api.slice(api.indexOf(".") + 1);
  const name = member.charAt(0).toUpperCase() + member.slice(1);
  const argumentInfo = { Arguments: args === null || args === undefined ? [] : kind === "set" ? [args] : Array.isArray(args) ? args : [args] };
  const records: unknown[] =
    kind === "path"
      ? [{ Id: id, ObjectPathType: 4, Name: name, ParentObjectPathId: id - 1 }]
      : kind === "create"
        ? [
            { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: id - 1, ArgumentInfo: argumentInfo },
            { Id: id + 1, ActionType: 1, Name: "", ObjectPathId: id },
          ]
        : kind === "load"
          ? [{ Id: id, ActionType: 2, Name: "", ObjectPathId: id - 1, QueryInfo: { Select: Array.isArray(args) ? args : [member], Expand: [] } }]
          : [{ Id: id, ActionType: kind === "set" ? 4 : 3, Name: name, ObjectPathId: id - 1, ArgumentInfo: argumentInfo }];
  return records.reduce<number>((sum, record) => sum + utf8(JSON.stringify(record)) + 1, 0);
}

class ContextDouble {
  readonly workbook: WorkbookProxy;
  pending: Pending[] = [];
  constructor(readonly double: OfficeDouble) {
    this.workbook = new WorkbookProxy(this);
  }
  sync(): Promise<void> {
    return this.double.syncContext(this);
  }
  /** Checks the API against the emulated version, then queues what it does at the next sync. */
  queue(api: string, kind: OperationRecord["kind"], args: unknown, run: () => void): void {
    const requirement = this.double.check(api);
    this.pending.push({ record: { api, requirement, kind, bytes: requestBytes(api, kind, args, this.double.nextId()) }, args, run });
  }
  /** Navigation (range.format, sheet.pageLayout): checked and logged, carried by the next sync. */
  path(api: string): void {
    this.queue(api, "path", null, () => undefined);
  }
}

abstract class ProxyBase {
  protected loaded = new Map<string, unknown>();
  constructor(
    readonly context: ContextDouble,
    protected readonly type: string,
  ) {}

  protected read<T>(prop: string): T {
    this.context.double.check(`${this.type}.${prop}`);
    if (!this.loaded.has(prop)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Setting a property queues it and makes the set value readable, as Office.js does. */
  protected write(prop: string, value: unknown, apply: () => void): void {
    this.context.queue(`${this.type}.${prop}`, "set", value, apply);
    this.loaded.set(prop, value);
  }

  /** The value a load of `prop` reads at sync time; objects without loadable properties keep this. */
  protected snapshot(prop: string): unknown {
    throw new OfficeError("InvalidArgument", `double: ${this.type}.${prop} không tải được.`);
  }
  protected defaultLoad(): string[] {
    return [];
  }

  load(option?: string | string[]): this {
    const props = option === undefined ? this.defaultLoad() : (Array.isArray(option) ? option : option.split(",")).map((p) => p.trim()).filter((p) => p !== "");
    for (const prop of props) {
      this.context.queue(`${this.type}.${prop}`, "load", null, () => {
        if (this.isNull()) return;
        const value = this.snapshot(prop);
        this.loaded.set(prop, value);
        this.context.double.responded(value);
      });
    }
    return this;
  }

  protected isNull(): boolean {
    return false;
  }
}

abstract class ResolvedProxy<T> extends ProxyBase {
  protected target: T | null | undefined = undefined;
  resolveTo(target: T | null): void {
    this.target = target;
  }
  /** What the proxy stands for once synced (null for a null object), for the fake Excel's answers. */
  resolved(): T | null | undefined {
    return this.target;
  }
  get isNullObject(): boolean {
    if (this.target === undefined) throw new OfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
    return this.target === null;
  }
  protected override isNull(): boolean {
    return this.target === null;
  }
  protected get model(): T {
    if (this.target === undefined) throw new OfficeError("InvalidObjectPath", `${this.type} chưa được xác định.`);
    if (this.target === null) throw new OfficeError("InvalidObjectPath", `${this.type} là đối tượng rỗng (null object).`);
    return this.target;
  }
}

class WorkbookProxy extends ProxyBase {
  private sheetsProxy?: WorksheetCollectionProxy;
  private namesProxy?: NamedItemCollectionProxy;
  private propertiesProxy?: DocumentPropertiesProxy;
  constructor(context: ContextDouble) {
    super(context, "Workbook");
  }
  get worksheets(): WorksheetCollectionProxy {
    this.context.double.check("Workbook.worksheets");
    return (this.sheetsProxy ??= new WorksheetCollectionProxy(this.context));
  }
  get names(): NamedItemCollectionProxy {
    this.context.double.check("Workbook.names");
    return (this.namesProxy ??= new NamedItemCollectionProxy(this.context));
  }
  get properties(): DocumentPropertiesProxy {
    this.context.path("Workbook.properties");
    return (this.propertiesProxy ??= new DocumentPropertiesProxy(this.context));
  }
}

class DocumentPropertiesProxy extends ProxyBase {
  constructor(context: ContextDouble) {
    super(context, "DocumentProperties");
  }
  private get book() {
    return this.context.double.book;
  }
  get title(): string {
    return this.read("title");
  }
  set title(value: string) {
    this.write("title", value, () => (this.book.properties.title = value));
  }
  get author(): string {
    return this.read("author");
  }
  set author(value: string) {
    this.write("author", value, () => (this.book.properties.author = value));
  }
  protected override snapshot(prop: string): unknown {
    return prop === "title" ? this.book.properties.title : this.book.properties.author;
  }
  protected override defaultLoad(): string[] {
    return ["title", "author"];
  }
}

class WorksheetCollectionProxy extends ProxyBase {
  private itemProxies: WorksheetProxy[] | null = null;
  constructor(context: ContextDouble) {
    super(context, "WorksheetCollection");
  }
  private get double() {
    return this.context.double;
  }
  add(name?: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context);
    this.context.queue("WorksheetCollection.add", "create", [name], () => sheet.resolveTo(this.double.addSheet(name)));
    return sheet;
  }
  getItem(key: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context);
    this.context.queue("WorksheetCollection.getItem", "create", [key], () => {
      const found = this.double.findSheet(key);
      if (!found) throw new OfficeError("ItemNotFound", `Không có trang tính "${key}".`);
      sheet.resolveTo(found);
    });
    return sheet;
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context);
    this.context.queue("WorksheetCollection.getItemOrNullObject", "create", [key], () => sheet.resolveTo(this.double.findSheet(key) ?? null));
    return sheet;
  }
  getActiveWorksheet(): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context);
    this.context.queue("WorksheetCollection.getActiveWorksheet", "create", [], () => sheet.resolveTo(this.double.findSheet(this.double.book.activeSheetId) ?? null));
    return sheet;
  }
  get items(): WorksheetProxy[] {
    this.double.check("WorksheetCollection.items");
    if (this.itemProxies === null) throw new OfficeError("PropertyNotLoaded", "The property 'items' is not available: load it first.");
    return this.itemProxies;
  }
  override load(option?: string | string[]): this {
    const props = (option === undefined ? ["items/name"] : Array.isArray(option) ? option : option.split(",")).map((p) => p.trim().replace(/^items\//, ""));
    this.context.queue("WorksheetCollection.items", "load", props, () => {
      this.itemProxies = this.double.book.sheets.map((model) => {
        const proxy = new WorksheetProxy(this.context);
        proxy.resolveTo(model);
        proxy.fill(props);
        return proxy;
      });
    });
    return this;
  }
}

class WorksheetProxy extends ResolvedProxy<SheetModel> {
  private freezeProxy?: FreezePanesProxy;
  private pageProxy?: PageLayoutProxy;
  private breaksProxy?: PageBreakCollectionProxy;
  private eventsProxy?: EventHandlersProxy;
  constructor(context: ContextDouble) {
    super(context, "Worksheet");
  }
  private get double() {
    return this.context.double;
  }
  /** Loads what a collection load asked for, at sync time. */
  fill(props: string[]): void {
    for (const prop of props) {
      const value = this.snapshot(prop);
      this.loaded.set(prop, value);
      this.double.responded(value);
    }
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, () => this.double.renameSheet(this.model, value));
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value, () => this.double.moveSheet(this.model, value));
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.write("visibility", value, () => this.double.setVisibility(this.model, value));
  }
  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.write("showGridlines", value, () => (this.model.showGridlines = value));
  }
  getRange(address?: string): RangeProxy {
    const range = new RangeProxy(this.context);
    this.context.queue("Worksheet.getRange", "create", [address], () => {
      const area = address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } : parseAddress(address);
      range.resolveTo({ sheet: this.model, area });
    });
    return range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const range = new RangeProxy(this.context);
    this.context.queue("Worksheet.getUsedRangeOrNullObject", "create", [valuesOnly], () => {
      if (this.target === null) return range.resolveTo(null);
      const area = usedArea(this.model, valuesOnly === true);
      range.resolveTo(area === null ? null : { sheet: this.model, area });
    });
    return range;
  }
  activate(): void {
    this.context.queue("Worksheet.activate", "call", [], () => this.double.activate(this.model));
  }
  delete(): void {
    this.context.queue("Worksheet.delete", "call", [], () => this.double.deleteSheet(this.model));
  }
  get freezePanes(): FreezePanesProxy {
    this.context.path("Worksheet.freezePanes");
    return (this.freezeProxy ??= new FreezePanesProxy(this.context, () => this.model));
  }
  get pageLayout(): PageLayoutProxy {
    this.context.path("Worksheet.pageLayout");
    return (this.pageProxy ??= new PageLayoutProxy(this.context, () => this.model));
  }
  get horizontalPageBreaks(): PageBreakCollectionProxy {
    this.context.path("Worksheet.horizontalPageBreaks");
    return (this.breaksProxy ??= new PageBreakCollectionProxy(this.context, () => this.model));
  }
  get onChanged(): EventHandlersProxy {
    this.double.check("Worksheet.onChanged");
    return (this.eventsProxy ??= new EventHandlersProxy(this.context, () => this.model));
  }
  protected override snapshot(prop: string): unknown {
    const model = this.model;
    switch (prop) {
      case "name":
        return model.name;
      case "id":
        return model.id;
      case "position":
        return this.double.book.sheets.indexOf(model);
      case "visibility":
        return model.visibility;
      case "showGridlines":
        return model.showGridlines;
      default:
        throw new OfficeError("InvalidArgument", `double: Worksheet.${prop} không được mô phỏng.`);
    }
  }
  protected override defaultLoad(): string[] {
    return ["name", "id", "position", "visibility"];
  }
}

function usedArea(sheet: SheetModel, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [k, cell] of sheet.cells) {
    const hasValue = cell.formula !== undefined || (cell.value !== null && !(cell.value === "" && !cell.quotePrefix));
    if (valuesOnly && !hasValue) continue;
    const row = Math.floor(k / (MAX_COLUMNS + 1));
    const column = k % (MAX_COLUMNS + 1);
    area = area === null ? { top: row, left: column, bottom: row, right: column } : { top: Math.min(area.top, row), left: Math.min(area.left, column), bottom: Math.max(area.bottom, row), right: Math.max(area.right, column) };
  }
  return area;
}

class FreezePanesProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "WorksheetFreezePanes");
  }
  freezeAt(range: string | RangeProxy): void {
    const address = typeof range === "string" ? range : "(range)";
    this.context.queue("WorksheetFreezePanes.freezeAt", "call", [address], () => {
      const area = typeof range === "string" ? parseAddress(range) : range.area();
      this.sheet().freeze = { rows: area.bottom, columns: area.right };
    });
  }
  freezeRows(count?: number): void {
    this.context.queue("WorksheetFreezePanes.freezeRows", "call", [count], () => (this.sheet().freeze = { rows: count ?? 1, columns: 0 }));
  }
  freezeColumns(count?: number): void {
    this.context.queue("WorksheetFreezePanes.freezeColumns", "call", [count], () => (this.sheet().freeze = { rows: 0, columns: count ?? 1 }));
  }
}

class PageLayoutProxy extends ProxyBase {
  private footers?: HeaderFooterGroupProxy;
  constructor(
    context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "PageLayout");
  }
  private page(): PageModel {
    return this.sheet().page;
  }
  private margin(prop: string, side: keyof PageModel["margins"], value: number) {
    this.write(prop, value, () => (this.page().margins[side] = value));
  }
  set orientation(value: string) {
    this.write("orientation", value, () => (this.page().orientation = value));
  }
  get orientation(): string {
    return this.read("orientation");
  }
  set paperSize(value: string) {
    this.write("paperSize", value, () => (this.page().paperSize = value));
  }
  get paperSize(): string {
    return this.read("paperSize");
  }
  set topMargin(value: number) {
    this.margin("topMargin", "top", value);
  }
  set bottomMargin(value: number) {
    this.margin("bottomMargin", "bottom", value);
  }
  set leftMargin(value: number) {
    this.margin("leftMargin", "left", value);
  }
  set rightMargin(value: number) {
    this.margin("rightMargin", "right", value);
  }
  set headerMargin(value: number) {
    this.margin("headerMargin", "header", value);
  }
  set footerMargin(value: number) {
    this.margin("footerMargin", "footer", value);
  }
  set centerHorizontally(value: boolean) {
    this.write("centerHorizontally", value, () => (this.page().centerHorizontally = value));
  }
  set printOrder(value: string) {
    this.write("printOrder", value, () => (this.page().printOrder = value));
  }
  set zoom(value: PageModel["zoom"]) {
    // Excel keeps what is left out: fit to pages without a vertical count fits one page tall (its default).
    this.write("zoom", value, () => {
      const fit = value?.horizontalFitToPages !== undefined || value?.verticalFitToPages !== undefined;
      this.page().zoom = fit ? { horizontalFitToPages: value?.horizontalFitToPages ?? 1, verticalFitToPages: value?.verticalFitToPages ?? 1 } : value;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.context.queue("PageLayout.setPrintTitleRows", "call", [rows], () => (this.page().printTitleRows = rows));
  }
  setPrintTitleColumns(columns: string): void {
    this.context.queue("PageLayout.setPrintTitleColumns", "call", [columns], () => (this.page().printTitleColumns = columns));
  }
  get headersFooters(): HeaderFooterGroupProxy {
    this.context.path("PageLayout.headersFooters");
    return (this.footers ??= new HeaderFooterGroupProxy(this.context, () => this.page()));
  }
  protected override snapshot(prop: string): unknown {
    const page = this.page();
    return prop === "orientation" ? page.orientation : prop === "paperSize" ? page.paperSize : null;
  }
  protected override defaultLoad(): string[] {
    return ["orientation", "paperSize"];
  }
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9), as @types/office-js declares it: the sheet's
 * manual page breaks only; add(range) puts one before the range's top-left cell (a range in
 * column A breaks rows only, as the annex uses it; one in row 1 breaks nothing, as in Excel, where
 * the first row always starts a page); removePageBreaks() resets them; getCount() counts them.
 */
class PageBreakCollectionProxy extends ProxyBase {
  private itemProxies: PageBreakProxy[] | null = null;
  constructor(
    context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "PageBreakCollection");
  }
  add(pageBreakRange: string | RangeProxy): PageBreakProxy {
    const item = new PageBreakProxy(this.context);
    const address = typeof pageBreakRange === "string" ? pageBreakRange : "(range)";
    this.context.queue("PageBreakCollection.add", "create", [address], () => {
      const area = typeof pageBreakRange === "string" ? parseAddress(pageBreakRange) : pageBreakRange.area();
      if (area.left !== 1) throw new OfficeError("InvalidArgument", "double: chỉ mô phỏng ngắt trang theo hàng (ô ở cột A).");
      const breaks = this.sheet().rowBreaks;
      if (area.top > 1 && !breaks.includes(area.top)) {
        breaks.push(area.top);
        breaks.sort((a, b) => a - b);
      }
      item.resolveTo({ row: area.top, column: area.left });
    });
    return item;
  }
  removePageBreaks(): void {
    this.context.queue("PageBreakCollection.removePageBreaks", "call", [], () => (this.sheet().rowBreaks = []));
  }
  getCount(): { value: number } {
    const result = { value: Number.NaN };
    this.context.queue("PageBreakCollection.getCount", "call", [], () => {
      result.value = this.sheet().rowBreaks.length;
      this.context.double.responded(result.value);
    });
    return result;
  }
  get items(): PageBreakProxy[] {
    if (this.itemProxies === null) throw new OfficeError("PropertyNotLoaded", "The property 'items' is not available: load it first.");
    return this.itemProxies;
  }
  override load(option?: string | string[]): this {
    const props = (option === undefined ? ["items/rowIndex", "items/columnIndex"] : Array.isArray(option) ? option : option.split(",")).map((p) => p.trim().replace(/^items\//, ""));
    this.context.queue("PageBreak.rowIndex", "load", props, () => {
      this.itemProxies = this.sheet().rowBreaks.map((row) => {
        const proxy = new PageBreakProxy(this.context);
        proxy.resolveTo({ row, column: 1 });
        proxy.fill(props);
        return proxy;
      });
    });
    return this;
  }
}

/** One manual break: the 0-based row and column of the cell after it, as Excel reports them. */
class PageBreakProxy extends ResolvedProxy<{ row: number; column: number }> {
  constructor(context: ContextDouble) {
    super(context, "PageBreak");
  }
  fill(props: string[]): void {
    for (const prop of props) this.loaded.set(prop, this.snapshot(prop));
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  protected override snapshot(prop: string): unknown {
    if (prop === "rowIndex") return this.model.row - 1;
    if (prop === "columnIndex") return this.model.column - 1;
    throw new OfficeError("InvalidArgument", `double: PageBreak.${prop} không được mô phỏng.`);
  }
  protected override defaultLoad(): string[] {
    return ["rowIndex", "columnIndex"];
  }
}

class HeaderFooterGroupProxy extends ProxyBase {
  private all?: HeaderFooterProxy;
  constructor(
    context: ContextDouble,
    private readonly page: () => PageModel,
  ) {
    super(context, "HeaderFooterGroup");
  }
  get defaultForAllPages(): HeaderFooterProxy {
    this.context.path("HeaderFooterGroup.defaultForAllPages");
    return (this.all ??= new HeaderFooterProxy(this.context, this.page));
  }
}

class HeaderFooterProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly page: () => PageModel,
  ) {
    super(context, "HeaderFooter");
  }
  set leftFooter(value: string) {
    this.write("leftFooter", value, () => (this.page().footer.left = value));
  }
  set centerFooter(value: string) {
    this.write("centerFooter", value, () => (this.page().footer.center = value));
  }
  set rightFooter(value: string) {
    this.write("rightFooter", value, () => (this.page().footer.right = value));
  }
  protected override snapshot(prop: string): unknown {
    const footer = this.page().footer;
    return prop === "leftFooter" ? footer.left : prop === "centerFooter" ? footer.center : footer.right;
  }
  protected override defaultLoad(): string[] {
    return ["leftFooter", "centerFooter", "rightFooter"];
  }
}

class EventHandlersProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "EventHandlers");
  }
  add(handler: Handler): EventHandlerResultProxy {
    const result = new EventHandlerResultProxy(this.context, this.sheet, handler);
    this.context.queue("EventHandlers.add", "create", [], () => {
      result.model = this.sheet();
      result.model.handlers.add(handler);
    });
    return result;
  }
}

class EventHandlerResultProxy extends ProxyBase {
  model: SheetModel | null = null;
  constructor(
    context: ContextDouble,
    private readonly sheet: () => SheetModel,
    private readonly handler: Handler,
  ) {
    super(context, "EventHandlerResult");
  }
  /** Handlers are removed through the context that added them. */
  remove(): void {
    this.context.queue("EventHandlerResult.remove", "call", [], () => {
      (this.model ?? this.sheet()).handlers.delete(this.handler);
    });
  }
}

interface RangeTarget {
  sheet: SheetModel;
  area: Area;
}

type Matrix = unknown[][];

class RangeProxy extends ResolvedProxy<RangeTarget> {
  private formatProxy?: RangeFormatProxy;
  private cfProxy?: ConditionalFormatCollectionProxy;
  private validationProxy?: DataValidationProxy;
  constructor(context: ContextDouble) {
    super(context, "Range");
  }
  private get double() {
    return this.context.double;
  }
  area(): Area {
    return this.model.area;
  }
  get values(): Matrix {
    return this.read("values");
  }
  set values(value: Matrix) {
    this.write("values", value, () => this.double.writeInputs(this.model, value, "values"));
  }
  get formulas(): Matrix {
    return this.read("formulas");
  }
  set formulas(value: Matrix) {
    this.write("formulas", value, () => this.double.writeInputs(this.model, value, "formulas"));
  }
  get numberFormat(): Matrix {
    return this.read("numberFormat");
  }
  set numberFormat(value: Matrix) {
    this.write("numberFormat", value, () => this.double.writeNumberFormats(this.model, value));
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  set columnHidden(value: boolean) {
    this.write("columnHidden", value, () => {
      const { sheet, area } = this.model;
      for (let c = area.left; c <= area.right; c++) if (value) sheet.hiddenColumns.add(c);
      else sheet.hiddenColumns.delete(c);
    });
  }
  set rowHidden(value: boolean) {
    this.write("rowHidden", value, () => {
      const { sheet, area } = this.model;
      for (let r = area.top; r <= area.bottom; r++) if (value) sheet.hiddenRows.add(r);
      else sheet.hiddenRows.delete(r);
    });
  }
  get format(): RangeFormatProxy {
    this.context.path("Range.format");
    return (this.formatProxy ??= new RangeFormatProxy(this.context, () => this.model));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.context.path("Range.conditionalFormats");
    return (this.cfProxy ??= new ConditionalFormatCollectionProxy(this.context, () => this.model));
  }
  get dataValidation(): DataValidationProxy {
    this.context.path("Range.dataValidation");
    return (this.validationProxy ??= new DataValidationProxy(this.context, () => this.model));
  }
  /** The range's sheet (a null object when the range is one). */
  get worksheet(): WorksheetProxy {
    const sheet = new WorksheetProxy(this.context);
    this.context.queue("Range.worksheet", "path", null, () => sheet.resolveTo(this.target === null ? null : this.model.sheet));
    return sheet;
  }
  /** A row of the range (0-based), as the client's bulk writes cut large arrays. */
  getRow(index: number): RangeProxy {
    const row = new RangeProxy(this.context);
    this.context.queue("Range.getRow", "create", [index], () => {
      const { sheet, area } = this.model;
      const top = area.top + index;
      if (index < 0 || top > area.bottom) throw new OfficeError("InvalidArgument", `double: dòng ${index} nằm ngoài vùng.`);
      row.resolveTo({ sheet, area: { top, bottom: top, left: area.left, right: area.right } });
    });
    return row;
  }
  /** The smallest range holding this one and `other`. */
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    const rect = new RangeProxy(this.context);
    this.context.queue("Range.getBoundingRect", "create", [typeof other === "string" ? other : "range"], () => {
      const { sheet, area } = this.model;
      const b = typeof other === "string" ? parseAddress(other) : other.model.area;
      rect.resolveTo({
        sheet,
        area: { top: Math.min(area.top, b.top), left: Math.min(area.left, b.left), bottom: Math.max(area.bottom, b.bottom), right: Math.max(area.right, b.right) },
      });
    });
    return rect;
  }
  merge(across?: boolean): void {
    this.context.queue("Range.merge", "call", [across], () => this.double.merge(this.model, across === true));
  }
  clear(applyTo?: string): void {
    this.context.queue("Range.clear", "call", [applyTo], () => this.double.clear(this.model));
  }
  select(): void {
    this.context.queue("Range.select", "call", [], () => {
      this.double.activate(this.model.sheet);
      this.double.book.selection = { sheetId: this.model.sheet.id, area: this.model.area };
    });
  }
  protected override snapshot(prop: string): unknown {
    const { sheet, area } = this.model;
    switch (prop) {
      case "values":
        // A formula's value is its cached result when the workbook came from a file, else "" (not evaluated).
        return this.double.matrix(sheet, area, (cell) => cell?.value ?? "");
      case "formulas":
        return this.double.matrix(sheet, area, (cell) => (cell === undefined ? "" : cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? "")));
      case "numberFormat":
        return this.double.matrix(sheet, area, (cell) => cell?.numberFormat ?? "General");
      case "address":
        return `${quoteSheet(sheet.name)}!${areaAddress(area)}`;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      default:
        throw new OfficeError("InvalidArgument", `double: Range.${prop} không được mô phỏng.`);
    }
  }
  protected override defaultLoad(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"];
  }
}

/** A formula's references to sheet `from` pointed at `to`, or made #REF! (to: null), as Excel does on rename and delete. */
function replaceSheetReference(formula: string, from: string, to: string | null): string {
  const references = [`${quoteSheet(from)}!`, `'${from.replace(/'/g, "''")}'!`];
  let out = formula;
  for (const reference of references) out = out.split(reference).join(to === null ? "#REF!" : `${quoteSheet(to)}!`);
  return out;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Applies a format change to every cell of the range's area (creating empty cells as Excel keeps formats). */
function eachCell(target: RangeTarget, apply: (cell: CellModel, row: number, column: number) => void): void {
  const { sheet, area } = target;
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000) {
    throw new OfficeError("InvalidArgument", "double: định dạng cả dòng/cột của trang không được mô phỏng từng ô.");
  }
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const k = key(r, c);
      let cell = sheet.cells.get(k);
      if (!cell) {
        cell = { value: null, numberFormat: "General", format: { borders: {} } };
        sheet.cells.set(k, cell);
      }
      apply(cell, r, c);
    }
  }
}

class RangeFormatProxy extends ProxyBase {
  private fontProxy?: RangeFontProxy;
  private fillProxy?: RangeFillProxy;
  private bordersProxy?: RangeBorderCollectionProxy;
  constructor(
    context: ContextDouble,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "RangeFormat");
  }
  get font(): RangeFontProxy {
    this.context.path("RangeFormat.font");
    return (this.fontProxy ??= new RangeFontProxy(this.context, this.target));
  }
  get fill(): RangeFillProxy {
    this.context.path("RangeFormat.fill");
    return (this.fillProxy ??= new RangeFillProxy(this.context, this.target));
  }
  get borders(): RangeBorderCollectionProxy {
    this.context.path("RangeFormat.borders");
    return (this.bordersProxy ??= new RangeBorderCollectionProxy(this.context, this.target));
  }
  set horizontalAlignment(value: string) {
    this.write("horizontalAlignment", value, () => eachCell(this.target(), (cell) => (cell.format.horizontal = value)));
  }
  set verticalAlignment(value: string) {
    this.write("verticalAlignment", value, () => eachCell(this.target(), (cell) => (cell.format.vertical = value)));
  }
  set wrapText(value: boolean) {
    this.write("wrapText", value, () => eachCell(this.target(), (cell) => (cell.format.wrap = value)));
  }
  set indentLevel(value: number) {
    this.write("indentLevel", value, () => eachCell(this.target(), (cell) => (cell.format.indent = value)));
  }
  set columnWidth(value: number) {
    this.write("columnWidth", value, () => {
      const { sheet, area } = this.target();
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, value);
    });
  }
  set rowHeight(value: number) {
    this.write("rowHeight", value, () => {
      // Excel's limit, from the same table the .xlsx host checks against.
      if (!(value >= 0 && value <= EXCEL_LIMITS.rowHeight)) throw new OfficeError("InvalidArgument", `RowHeight ${value} ngoài khoảng 0–${EXCEL_LIMITS.rowHeight} điểm.`);
      const { sheet, area } = this.target();
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, value);
    });
  }
}

class RangeFontProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "RangeFont");
  }
  set name(value: string) {
    this.write("name", value, () => eachCell(this.target(), (cell) => (cell.format.fontName = value)));
  }
  set size(value: number) {
    this.write("size", value, () => eachCell(this.target(), (cell) => (cell.format.fontSize = value)));
  }
  set bold(value: boolean) {
    this.write("bold", value, () => eachCell(this.target(), (cell) => (cell.format.bold = value)));
  }
  set italic(value: boolean) {
    this.write("italic", value, () => eachCell(this.target(), (cell) => (cell.format.italic = value)));
  }
  set color(value: string) {
    this.write("color", value, () => eachCell(this.target(), (cell) => (cell.format.fontColor = value)));
  }
}

class RangeFillProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "RangeFill");
  }
  set color(value: string) {
    this.write("color", value, () => eachCell(this.target(), (cell) => (cell.format.fill = value)));
  }
}

const EDGE_NAMES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

class RangeBorderCollectionProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "RangeBorderCollection");
  }
  getItem(index: string): RangeBorderProxy {
    if (!EDGE_NAMES.includes(index)) throw new OfficeError("InvalidArgument", `double: cạnh viền "${index}" không được mô phỏng.`);
    this.context.queue("RangeBorderCollection.getItem", "create", [index], () => undefined);
    return new RangeBorderProxy(this.context, this.target, index);
  }
}

class RangeBorderProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly target: () => RangeTarget,
    private readonly edge: string,
  ) {
    super(context, "RangeBorder");
  }
  private apply(prop: keyof BorderModel, value: string) {
    this.write(prop, value, () => {
      const target = this.target();
      const { area } = target;
      eachCell(target, (cell, r, c) => {
        const sides: (keyof CellFormatModel["borders"])[] = [];
        if (this.edge === "EdgeTop" && r === area.top) sides.push("top");
        if (this.edge === "EdgeBottom" && r === area.bottom) sides.push("bottom");
        if (this.edge === "EdgeLeft" && c === area.left) sides.push("left");
        if (this.edge === "EdgeRight" && c === area.right) sides.push("right");
        if (this.edge === "InsideHorizontal") {
          if (r > area.top) sides.push("top");
          if (r < area.bottom) sides.push("bottom");
        }
        if (this.edge === "InsideVertical") {
          if (c > area.left) sides.push("left");
          if (c < area.right) sides.push("right");
        }
        for (const side of sides) cell.format.borders[side] = { ...cell.format.borders[side], [prop]: value };
      });
    });
  }
  set style(value: string) {
    this.apply("style", value);
  }
  set weight(value: string) {
    this.apply("weight", value);
  }
  set color(value: string) {
    this.apply("color", value);
  }
}

class ConditionalFormatCollectionProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "ConditionalFormatCollection");
  }
  add(type: string): ConditionalFormatProxy {
    const model: ConditionalFormatModel = { area: { top: 0, left: 0, bottom: 0, right: 0 }, type };
    this.context.queue("ConditionalFormatCollection.add", "create", [type], () => {
      if (type !== "Custom") throw new OfficeError("InvalidArgument", `double: chỉ mô phỏng định dạng có điều kiện "Custom", không phải "${type}".`);
      const { sheet, area } = this.target();
      model.area = area;
      // New conditional formats go first (top priority), as Excel documents.
      sheet.conditionalFormats.unshift(model);
    });
    return new ConditionalFormatProxy(this.context, model);
  }
}

class ConditionalFormatProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly model: ConditionalFormatModel,
  ) {
    super(context, "ConditionalFormat");
  }
  get custom(): CustomConditionalFormatProxy {
    this.context.path("ConditionalFormat.custom");
    return new CustomConditionalFormatProxy(this.context, this.model);
  }
}

class CustomConditionalFormatProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly model: ConditionalFormatModel,
  ) {
    super(context, "CustomConditionalFormat");
  }
  get rule(): { formula: string } {
    this.context.path("CustomConditionalFormat.rule");
    const context = this.context;
    const model = this.model;
    return {
      get formula() {
        return model.formula ?? "";
      },
      set formula(value: string) {
        context.queue("ConditionalFormatRule.formula", "set", value, () => (model.formula = value));
      },
    };
  }
  get format(): { fill: { color: string }; font: { color: string; bold: boolean }; numberFormat: string } {
    this.context.path("CustomConditionalFormat.format");
    const context = this.context;
    const model = this.model;
    context.path("ConditionalRangeFormat.fill");
    context.path("ConditionalRangeFormat.font");
    return {
      get numberFormat() {
        return model.numberFormat ?? "";
      },
      set numberFormat(value: string) {
        context.path("ConditionalRangeFormat.numberFormat");
        context.queue("ConditionalRangeFormat.numberFormat", "set", value, () => (model.numberFormat = value));
      },
      fill: {
        get color() {
          return model.fill ?? "";
        },
        set color(value: string) {
          context.queue("ConditionalRangeFill.color", "set", value, () => (model.fill = value));
        },
      },
      font: {
        get color() {
          return model.fontColor ?? "";
        },
        set color(value: string) {
          context.queue("ConditionalRangeFont.color", "set", value, () => (model.fontColor = value));
        },
        get bold() {
          return model.bold ?? false;
        },
        set bold(value: boolean) {
          context.queue("ConditionalRangeFont.bold", "set", value, () => (model.bold = value));
        },
      },
    };
  }
}

class DataValidationProxy extends ProxyBase {
  constructor(
    context: ContextDouble,
    private readonly target: () => RangeTarget,
  ) {
    super(context, "DataValidation");
  }
  private model(): ValidationModel {
    const { sheet, area } = this.target();
    let found = sheet.validations.find((v) => v.area.top === area.top && v.area.left === area.left && v.area.bottom === area.bottom && v.area.right === area.right);
    if (!found) {
      if (sheet.validations.some((v) => overlaps(v.area, area))) throw new OfficeError("InvalidOperation", "double: kiểm tra dữ liệu chồng lên vùng đã có.");
      found = { area };
      sheet.validations.push(found);
    }
    return found;
  }
  set rule(value: unknown) {
    this.write("rule", value, () => (this.model().rule = value));
  }
  set prompt(value: unknown) {
    this.write("prompt", value, () => (this.model().prompt = value));
  }
  set errorAlert(value: unknown) {
    this.write("errorAlert", value, () => (this.model().errorAlert = value));
  }
  set ignoreBlanks(value: boolean) {
    this.write("ignoreBlanks", value, () => (this.model().ignoreBlanks = value));
  }
}

class NamedItemCollectionProxy extends ProxyBase {
  private itemProxies: NamedItemProxy[] | null = null;
  constructor(context: ContextDouble) {
    super(context, "NamedItemCollection");
  }
  private get book() {
    return this.context.double.book;
  }
  add(name: string, reference: string, comment?: string): NamedItemProxy {
    const item = new NamedItemProxy(this.context);
    this.context.queue("NamedItemCollection.add", "create", [name, reference, comment], () => {
      const k = name.toUpperCase();
      if (this.book.names.has(k)) throw new OfficeError("ItemAlreadyExists", `Tên "${name}" đã có.`);
      const model = { name, formula: reference };
      this.book.names.set(k, model);
      item.resolveTo(model);
    });
    return item;
  }
  getItem(name: string): NamedItemProxy {
    const item = new NamedItemProxy(this.context);
    this.context.queue("NamedItemCollection.getItem", "create", [name], () => {
      const found = this.book.names.get(name.toUpperCase());
      if (!found) throw new OfficeError("ItemNotFound", `Không có tên "${name}".`);
      item.resolveTo(found);
    });
    return item;
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    const item = new NamedItemProxy(this.context);
    this.context.queue("NamedItemCollection.getItemOrNullObject", "create", [name], () => item.resolveTo(this.book.names.get(name.toUpperCase()) ?? null));
    return item;
  }
  get items(): NamedItemProxy[] {
    this.context.double.check("NamedItemCollection.items");
    if (this.itemProxies === null) throw new OfficeError("PropertyNotLoaded", "The property 'items' is not available: load it first.");
    return this.itemProxies;
  }
  override load(option?: string | string[]): this {
    const props = (option === undefined ? ["items/name"] : Array.isArray(option) ? option : option.split(",")).map((p) => p.trim().replace(/^items\//, ""));
    this.context.queue("NamedItemCollection.items", "load", props, () => {
      this.itemProxies = [...this.book.names.values()].map((model) => {
        const proxy = new NamedItemProxy(this.context);
        proxy.resolveTo(model);
        proxy.fill(props);
        return proxy;
      });
    });
    return this;
  }
}

class NamedItemProxy extends ResolvedProxy<{ name: string; formula: string }> {
  constructor(context: ContextDouble) {
    super(context, "NamedItem");
  }
  fill(props: string[]): void {
    for (const prop of props) this.loaded.set(prop, this.snapshot(prop));
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  /** The range the name refers to; a null object when it refers to no range (#REF!, a constant). */
  getRangeOrNullObject(): RangeProxy {
    const range = new RangeProxy(this.context);
    this.context.queue("NamedItem.getRangeOrNullObject", "create", [], () => {
      range.resolveTo(this.target ? this.context.double.rangeOfReference(this.target.formula) : null);
    });
    return range;
  }
  delete(): void {
    this.context.queue("NamedItem.delete", "call", [], () => {
      this.context.double.book.names.delete(this.model.name.toUpperCase());
    });
  }
  protected override snapshot(prop: string): unknown {
    return prop === "name" ? this.model.name : this.model.formula;
  }
  protected override defaultLoad(): string[] {
    return ["name", "formula"];
  }
}

// ---------------------------------------------------------------------------------------------
// The double

export interface OfficeDoubleOptions {
  /** The ExcelApi version to emulate, "1.7" to "1.20". */
  version: string;
  /** Sheet names of the workbook it opens with; default one empty "Sheet1". */
  sheets?: string[];
  /**
   * Who talks to the workbook: "office-js" (default) is Microsoft's Excel client from
   * @microsoft/office-js, run in a vm, whose requests this double answers as Excel would;
   * "double" is the double's own hand-written proxies (for tests of the double itself).
   */
  client?: "office-js" | "double";
}

/** Excel on the web refuses a request, or a response, over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Office.js transport error codes (RichApiMessageUtility). */
const REQUEST_TOO_LARGE = 5103;
const RESPONSE_TOO_LARGE = 5104;
/** Excel.run's request flag for delayForCellEdit. */
const DELAY_FOR_CELL_EDIT = 64;

/** A failure injected into a request: Excel refuses the whole request, nothing of it applies. */
export interface InjectedFailure {
  code: string;
  message: string;
}

export class OfficeDouble {
  readonly version: string;
  readonly book: BookModel;
  readonly operations: OperationRecord[] = [];
  readonly syncRecords: SyncRecord[] = [];
  /** Every change event raised, with what raised it. */
  readonly events: { sheet: string; address: string; by: "add-in" | "user" }[] = [];
  /** Called at the start of each sync, before its operations apply (to interleave user actions). */
  beforeSync: ((index: number) => void | Promise<void>) | null = null;
  private nextSheetId = 1;
  private ids = 1000;
  private responseBytes = 0;
  private dispatching: Promise<unknown>[] = [];
  private writtenAreas: { sheet: SheetModel; area: Area }[] = [];
  /** Microsoft's client, when it is the one talking to the workbook. */
  readonly client: RealClient | null;
  /** Requests the client sent (failed ones included), counted from 1. */
  requests = 0;
  /** Requests refused because a cell was being edited and the batch did not ask to wait. */
  readonly refusedInCellEdit: number[] = [];
  private failures = new Map<number, InjectedFailure>();
  private editing: { ended: Promise<void>; end: () => void } | null = null;
  private inFlight = 0;
  private forwarder: Handler | null = null;
  /** A user action interleaved with a request: its events are delivered, not waited for (the request is still in flight). */
  private inBeforeSync = false;

  constructor(options: OfficeDoubleOptions) {
    minor(options.version);
    this.version = options.version;
    this.book = { sheets: [], names: new Map(), properties: { title: "", author: "" }, activeSheetId: "", selection: null };
    for (const name of options.sheets ?? ["Sheet1"]) this.addSheet(name);
    this.client =
      options.client === "double"
        ? null
        : loadRealClient({
            isSetSupported: (name, version) => this.clientSupports(name, version),
            execute: (body, flags) => this.execute(body, flags),
          });
    this.runner = this.client ? excelRunner(this.client.Excel as unknown as ExcelRun) : this.doubleRunner;
  }

  /** Requirement sets as Office.context.requirements answers them in this Excel. */
  private clientSupports(name: string, version: string | undefined): boolean {
    // Excel 2019 and later, and Excel on the web, honour delayForCellEdit.
    if (name === "DelayForCellEdit") return true;
    if (name === "ExcelApi") return version === undefined || compareVersions(version, this.version) <= 0;
    return false;
  }

  /** The next `count` requests from number `from` on fail as Excel would refuse them (nothing applied). */
  failRequest(index: number, failure: InjectedFailure = { code: "GeneralException", message: "Lỗi giả lập ở lần đồng bộ này." }): void {
    this.failures.set(index, failure);
  }

  /** The officer starts editing a cell: batches that do not ask to wait (delayForCellEdit) fail, the others wait. */
  beginCellEdit(): void {
    if (this.editing) return;
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  /** The edit ends (Enter): the waiting batches run. */
  endCellEdit(): void {
    const editing = this.editing;
    this.editing = null;
    editing?.end();
  }

  /** Excel answering one request of the real client. */
  private async execute(body: string, flags: number): Promise<Transport> {
    this.inFlight++;
    try {
      const index = ++this.requests;
      // Excel answers asynchronously, never in the same turn as the request.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const failure = this.failures.get(index);
      if (failure) return { body: JSON.stringify({ Error: { Code: failure.code, Message: failure.message, HttpStatusCode: 500 } }) };
      if (this.editing) {
        if ((flags & DELAY_FOR_CELL_EDIT) === 0) {
          this.refusedInCellEdit.push(index);
          return {
            body: JSON.stringify({
              Error: { Code: "InvalidOperationInCellEditMode", Message: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.", HttpStatusCode: 400 },
            }),
          };
        }
        await this.editing.ended;
      }
      const requestBytes = utf8(body);
      if (requestBytes > PAYLOAD_LIMIT) return { errorCode: REQUEST_TOO_LARGE, message: "The request payload size has exceeded the limit." };
      const answer = JSON.stringify(await answerRequest(this, JSON.parse(body) as RequestBody, requestBytes));
      // What Excel sends back, measured as sent.
      const record = this.syncRecords[this.syncRecords.length - 1];
      if (record) record.responseBytes = utf8(answer);
      if (utf8(answer) > PAYLOAD_LIMIT) return { errorCode: RESPONSE_TOO_LARGE, message: "The response payload size has exceeded the limit." };
      return { body: answer };
    } finally {
      this.inFlight--;
    }
  }

  /** A request context of the fake Excel, which replays one client request onto the workbook. */
  serverContext(): Excel.RequestContext {
    return new ContextDouble(this) as unknown as Excel.RequestContext;
  }

  /** Worksheet.onChanged registered by the client (_RegisterDataChangedEvent): the sheet's events go to it. */
  forwardChanges(sheet: Excel.Worksheet, on: boolean): void {
    const proxy = sheet as unknown as WorksheetProxy;
    const client = this.client;
    if (!client) return;
    this.forwarder ??= async (args) => {
      const { address, changeType, source, triggerSource, worksheetId } = args;
      const message = JSON.stringify({ address, changeType, source, triggerSource, worksheetId });
      // Office delivers events on its own, after the request that caused them.
      await new Promise((resolve) => setTimeout(resolve, 0));
      client.deliver([{ messageType: WORKSHEET_CHANGED, targetId: worksheetId, message }]);
    };
    const forwarder = this.forwarder;
    proxy.context.queue("Worksheet.onChanged", "call", [], () => {
      const model = proxy.resolved();
      if (!model) return;
      if (on) model.handlers.add(forwarder);
      else model.handlers.delete(forwarder);
    });
  }

  get syncs(): number {
    return this.syncRecords.length;
  }

  /** Office.context.requirements.isSetSupported for the emulated Excel. */
  readonly isSetSupported = (name: string, version: string): boolean => name === "ExcelApi" && compareVersions(version, this.version) <= 0;

  /** Excel.run through the client (the same runner the pane uses), for the host. */
  readonly runner: ExcelRunner;

  /** The double's own proxies instead of the client (client: "double"). */
  private readonly doubleRunner = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => this.runBatch(new ContextDouble(this), batch),
    runIn: <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const known = context as unknown as ContextDouble;
      if (!(known instanceof ContextDouble)) throw new Error("double: ngữ cảnh không phải của bản giả lập");
      return this.runBatch(known, batch);
    },
  };

  /** The requirement set of an API; throws when it is above the emulated version. */
  check(api: string): string {
    const declared = DECLARED.get(api);
    if (declared && declared.set !== "ExcelApi") throw new ApiNotSupportedError(api, `${declared.set} ${declared.version}`, this.version);
    const requirement = declared?.version ?? REQUIREMENTS[api];
    if (requirement === undefined) throw new Error(`double: API ${api} chưa được mô phỏng (thêm vào REQUIREMENTS).`);
    if (compareVersions(requirement, this.version) > 0) throw new ApiNotSupportedError(api, requirement, this.version);
    return requirement;
  }

  /** Operations whose requirement set is above `version`. */
  operationsAbove(version: string): OperationRecord[] {
    return this.operations.filter((op) => compareVersions(op.requirement, version) > 0);
  }

  /** Office.js numbers the records of a request; the ids take their share of the payload. */
  nextId(): number {
    this.ids += 2;
    return this.ids;
  }

  responded(value: unknown): void {
    this.responseBytes += utf8(JSON.stringify(value) ?? "");
  }

  private async runBatch<T>(context: ContextDouble, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run syncs what the batch left queued.
    if (context.pending.some((op) => op.record.kind !== "path")) await context.sync();
    return result;
  }

  async syncContext(context: ContextDouble, measuredBytes?: number): Promise<void> {
    const index = this.syncRecords.length + 1;
    if (this.beforeSync) {
      this.inBeforeSync = true;
      try {
        await this.beforeSync(index);
      } finally {
        this.inBeforeSync = false;
      }
    }
    const ops = context.pending;
    context.pending = [];
    this.responseBytes = 0;
    this.writtenAreas = [];
    let requestBytes = 0;
    for (const op of ops) {
      requestBytes += op.record.bytes;
      this.operations.push({ ...op.record, sync: index });
    }
    this.syncRecords.push({ index, operations: ops.length, requestBytes: measuredBytes ?? requestBytes, responseBytes: 0 });
    try {
      for (const op of ops) op.run();
    } finally {
      const record = this.syncRecords[this.syncRecords.length - 1] as SyncRecord;
      record.responseBytes = this.responseBytes;
      this.raiseWriteEvents();
    }
  }

  /** Excel raises change events for the add-in's own writes too, after the request. */
  private raiseWriteEvents(): void {
    for (const { sheet, area } of this.writtenAreas) {
      if (sheet.handlers.size === 0) continue;
      const args = this.eventArgs(sheet, area, "ThisLocalAddin");
      this.events.push({ sheet: sheet.name, address: areaAddress(area), by: "add-in" });
      const handlers = [...sheet.handlers];
      this.dispatching.push(new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => Promise.all(handlers.map((h) => h(args)))));
    }
    this.writtenAreas = [];
  }

  private eventArgs(sheet: SheetModel, area: Area, trigger: "ThisLocalAddin" | "Unknown"): Excel.WorksheetChangedEventArgs {
    const args: Record<string, unknown> = {
      address: areaAddress(area),
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      getRange: (ctx: Excel.RequestContext) => {
        this.check("WorksheetChangedEventArgs.getRange");
        return ctx.workbook.worksheets.getItem(sheet.id).getRange(areaAddress(area));
      },
    };
    if (compareVersions(this.version, "1.14") >= 0) args.triggerSource = trigger;
    return args as unknown as Excel.WorksheetChangedEventArgs;
  }

  /**
   * Waits for events raised so far, and the handlers they started, to finish: with the client, until
   * no request has been in flight for a few turns of the event loop (its handlers are its own).
   */
  async settle(): Promise<void> {
    let idle = 0;
    while (idle < 5) {
      const now = this.dispatching;
      this.dispatching = [];
      await Promise.all(now);
      await new Promise((resolve) => setTimeout(resolve, 0));
      idle = this.inFlight === 0 && this.dispatching.length === 0 ? idle + 1 : 0;
    }
  }

  /** A user types into cells: Excel parses each entry, then the sheet's change handlers run (awaited). */
  async simulateEdit(sheetName: string, address: string, entries: (string | number | boolean | null)[][]): Promise<void> {
    return this.simulateEditAs(sheetName, address, entries, "RangeEdited");
  }

  /** Cells change and Excel reports the change as `changeType` ("Others" in ExcelApi 1.7 for a kind it cannot name). */
  async simulateEditAs(sheetName: string, address: string, entries: (string | number | boolean | null)[][], changeType: string): Promise<void> {
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new Error(`double: không có trang "${sheetName}"`);
    const area = parseAddress(address);
    this.writeInputs({ sheet, area }, entries, "values");
    this.writtenAreas = [];
    const args = this.eventArgs(sheet, area, "Unknown");
    Object.assign(args, { changeType });
    if (sheet.handlers.size > 0) this.events.push({ sheet: sheet.name, address: areaAddress(area), by: "user" });
    await Promise.all([...sheet.handlers].map((handler) => handler(args)));
    if (this.client && !this.inBeforeSync) await this.settle();
  }

  /** Fires a change event of another kind (rows or columns inserted) without changing cells. */
  async simulateEvent(sheetName: string, address: string, changeType: string): Promise<void> {
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new Error(`double: không có trang "${sheetName}"`);
    const args = this.eventArgs(sheet, parseAddress(address), "Unknown");
    Object.assign(args, { changeType });
    await Promise.all([...sheet.handlers].map((handler) => handler(args)));
    if (this.client && !this.inBeforeSync) await this.settle();
  }

  // --- workbook operations (at sync time) ---

  findSheet(keyOrName: string): SheetModel | undefined {
    const upper = keyOrName.toLocaleUpperCase("vi");
    return this.book.sheets.find((sheet) => sheet.id === keyOrName || sheet.name.toLocaleUpperCase("vi") === upper);
  }

  addSheet(name?: string): SheetModel {
    const chosen = name ?? `Sheet${this.book.sheets.length + 1}`;
    this.checkSheetName(chosen, null);
    const sheet: SheetModel = {
      id: `{00000000-0001-0000-${String(this.nextSheetId++).padStart(4, "0")}-000000000000}`,
      name: chosen,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      conditionalFormats: [],
      validations: [],
      freeze: null,
      showGridlines: true,
      page: { margins: {}, footer: {} },
      rowBreaks: [],
      handlers: new Set(),
    };
    this.book.sheets.push(sheet);
    if (this.book.activeSheetId === "") this.book.activeSheetId = sheet.id;
    return sheet;
  }

  private checkSheetName(name: string, self: SheetModel | null): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new OfficeError("InvalidArgument", `Tên trang tính không hợp lệ "${name}".`);
    }
    const other = this.findSheet(name);
    if (other && other !== self) throw new OfficeError("ItemAlreadyExists", `Đã có trang tính "${name}".`);
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.checkSheetName(name, sheet);
    // Defined names follow the sheet, as in Excel.
    for (const item of this.book.names.values()) item.formula = replaceSheetReference(item.formula, sheet.name, name);
    sheet.name = name;
  }

  /** Excel refuses to delete a very hidden sheet, and the last visible one; names to it become #REF!. */
  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "VeryHidden") throw new OfficeError("InvalidOperation", `Không xóa được trang ẩn hẳn "${sheet.name}": đổi sang ẩn thường trước.`);
    if (sheet.visibility === "Visible" && !this.book.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw new OfficeError("InvalidOperation", "Sổ làm việc phải còn ít nhất một trang tính hiện.");
    }
    this.book.sheets.splice(this.book.sheets.indexOf(sheet), 1);
    for (const item of this.book.names.values()) item.formula = replaceSheetReference(item.formula, sheet.name, null);
    if (this.book.activeSheetId === sheet.id) this.book.activeSheetId = this.book.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
  }

  /** The sheet and area of a defined name's formula ("='Phụ lục I'!$H$9:$H$40"), or null (#REF!, not a range). */
  rangeOfReference(formula: string): RangeTarget | null {
    const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(formula.trim());
    if (!match) return null;
    const sheet = this.findSheet((match[1] ?? match[2] ?? "").replace(/''/g, "'"));
    return sheet ? { sheet, area: parseAddress((match[3] ?? "").replace(/\$/g, "")) } : null;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    const sheets = this.book.sheets;
    sheets.splice(sheets.indexOf(sheet), 1);
    sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
  }

  setVisibility(sheet: SheetModel, value: string): void {
    if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw new OfficeError("InvalidArgument", `visibility "${value}"`);
    if (value !== "Visible" && !this.book.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw new OfficeError("InvalidOperation", "Sổ làm việc phải còn ít nhất một trang tính hiện.");
    }
    sheet.visibility = value;
    if (value !== "Visible" && this.book.activeSheetId === sheet.id) {
      this.book.activeSheetId = this.book.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
    }
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw new OfficeError("InvalidOperation", `Không kích hoạt được trang ẩn "${sheet.name}".`);
    this.book.activeSheetId = sheet.id;
  }

  matrix(sheet: SheetModel, area: Area, pick: (cell: CellModel | undefined) => unknown): unknown[][] {
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000) throw new OfficeError("ResponsePayloadSizeLimitExceeded", "double: vùng quá lớn.");
    const rows: unknown[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(pick(sheet.cells.get(key(r, c))));
      rows.push(row);
    }
    return rows;
  }

  private checkShape(area: Area, entries: Matrix): void {
    const rows = area.bottom - area.top + 1;
    const columns = area.right - area.left + 1;
    if (!Array.isArray(entries) || entries.length !== rows || entries.some((row) => !Array.isArray(row) || row.length !== columns)) {
      throw new OfficeError("InvalidArgument", `Số dòng hoặc cột của mảng không khớp vùng ${areaAddress(area)} (${rows}×${columns}).`);
    }
  }

  writeInputs(target: RangeTarget, entries: Matrix, property: "values" | "formulas"): void {
    const { sheet, area } = target;
    this.checkShape(area, entries);
    entries.forEach((row, i) =>
      row.forEach((entry, j) => {
        if (entry === null || entry === undefined) return;
        if (typeof entry !== "string" && typeof entry !== "number" && typeof entry !== "boolean") {
          throw new OfficeError("InvalidArgument", `${property}: giá trị không hợp lệ ${JSON.stringify(entry)}`);
        }
        const k = key(area.top + i, area.left + j);
        const cell: CellModel = sheet.cells.get(k) ?? { value: null, numberFormat: "General", format: { borders: {} } };
        const stored = interpretInput(entry, cell.numberFormat);
        cell.value = stored.value;
        if (stored.formula === undefined) delete cell.formula;
        else cell.formula = stored.formula;
        if (stored.quotePrefix) cell.quotePrefix = true;
        else delete cell.quotePrefix;
        if (stored.numberFormat !== undefined) cell.numberFormat = stored.numberFormat;
        sheet.cells.set(k, cell);
      }),
    );
    this.writtenAreas.push({ sheet, area });
  }

  writeNumberFormats(target: RangeTarget, entries: Matrix): void {
    const { sheet, area } = target;
    this.checkShape(area, entries);
    entries.forEach((row, i) =>
      row.forEach((entry, j) => {
        if (entry === null || entry === undefined) return;
        if (typeof entry !== "string") throw new OfficeError("InvalidArgument", `numberFormat: ${JSON.stringify(entry)}`);
        const k = key(area.top + i, area.left + j);
        const cell: CellModel = sheet.cells.get(k) ?? { value: null, numberFormat: "General", format: { borders: {} } };
        cell.numberFormat = entry === "" ? "General" : entry;
        sheet.cells.set(k, cell);
      }),
    );
  }

  merge(target: RangeTarget, across: boolean): void {
    const { sheet, area } = target;
    const areas: Area[] = across ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
    for (const a of areas) {
      if (a.top === a.bottom && a.left === a.right) continue;
      if (sheet.merges.some((m) => overlaps(m, a))) throw new OfficeError("InvalidOperation", `Vùng ${areaAddress(a)} chồng lên một vùng đã gộp.`);
      // Excel keeps the top-left value only.
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          if (r === a.top && c === a.left) continue;
          const cell = sheet.cells.get(key(r, c));
          if (cell) {
            cell.value = null;
            delete cell.formula;
            delete cell.quotePrefix;
          }
        }
      }
      sheet.merges.push({ ...a });
    }
  }

  clear(target: RangeTarget): void {
    const { sheet, area } = target;
    for (const k of [...sheet.cells.keys()]) {
      const row = Math.floor(k / (MAX_COLUMNS + 1));
      const column = k % (MAX_COLUMNS + 1);
      if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right) sheet.cells.delete(k);
    }
    sheet.merges = sheet.merges.filter((m) => !inside(m, area));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !inside(f.area, area));
    this.writtenAreas.push({ sheet, area });
  }

  // --- seeing the workbook as the core's grid ---

  /** Every sheet as the core's plain grid (like readWorkbookGrid of an .xlsx), formulas without values. */
  grid(): GridWorkbook {
    return { sheets: this.book.sheets.map((sheet) => gridOf(sheet)) };
  }

  sheet(name: string): SheetModel {
    const found = this.findSheet(name);
    if (!found) throw new Error(`double: không có trang "${name}"`);
    return found;
  }

  /** Opens a workbook read from a file (CLI-made .xlsx): values, formulas, number formats, merges, visibility. */
  /** A workbook opened from a file: its sheets' cells and, as the file defines them, its names. */
  static fromGrid(grid: GridWorkbook, version: string, names: readonly { name: string; refersTo: string }[] = []): OfficeDouble {
    const double = new OfficeDouble({ version, sheets: [] });
    for (const { name, refersTo } of names) double.book.names.set(name.toUpperCase(), { name, formula: `=${refersTo}` });
    for (const read of grid.sheets) {
      const sheet = double.addSheet(read.name);
      sheet.visibility = read.visibility === "veryHidden" ? "VeryHidden" : read.visibility === "hidden" ? "Hidden" : "Visible";
      read.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.value === null && cell.formula === undefined && cell.numFmt === undefined) return;
          sheet.cells.set(key(r + 1, c + 1), {
            value: cell.value,
            ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
            numberFormat: cell.numFmt ?? "General",
            format: { borders: {} },
          });
        }),
      );
      sheet.merges = read.merges.map(parseAddress);
    }
    double.book.activeSheetId = double.book.sheets.find((s) => s.visibility === "Visible")?.id ?? "";
    return double;
  }
}

function gridOf(sheet: SheetModel): GridSheet {
  const rows: GridCell[][] = [];
  for (const [k, cell] of sheet.cells) {
    const r = Math.floor(k / (MAX_COLUMNS + 1));
    const c = k % (MAX_COLUMNS + 1);
    const out: GridCell = { value: cell.formula !== undefined ? null : cell.value };
    if (cell.formula !== undefined) out.formula = cell.formula;
    if (cell.numberFormat !== "General") out.numFmt = cell.numberFormat;
    const row = (rows[r - 1] ??= []);
    row[c - 1] = out;
  }
  const dense = Array.from({ length: rows.length }, (_, r) => {
    const row = rows[r] ?? [];
    return Array.from({ length: row.length }, (_, c) => row[c] ?? { value: null });
  });
  return {
    name: sheet.name,
    visibility: sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible",
    rows: dense,
    merges: sheet.merges.map(areaAddress),
  };
}

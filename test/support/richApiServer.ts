/**
 * Excel's side of Office.js's RichApi protocol, for the real client (officeClient.ts): each request
 * the client sends ({ObjectPaths, Actions} as JSON) is replayed onto the double's in-memory
 * workbook, through the same proxies a test would call, then answered the way Excel answers
 * ({Results, TraceIds} or {Error}). The client decides everything about batching, loading and
 * null objects; this file only carries its messages to the workbook and back.
 *
 * Object paths: 1 the workbook (global object), 3 a method returning an object, 4 a property
 * returning an object, 5 a collection's indexer. Actions: 1 instantiate, 2 query (load),
 * 3 method, 4 set a property, 5 trace marker.
 */
import type { OfficeDouble } from "./officeDouble";

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

/** Arguments; an argument that is an API object travels as the id of its object path. */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: (number | null)[];
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions?: ActionInfo[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

/** Excel's error for a request, as the client turns it into an OfficeExtension.Error. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The worksheet changed event's id in the client (eventType of Worksheet.onChanged). */
export const WORKSHEET_CHANGED = 10;

type Proxy = Record<string, unknown>;

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Members the client calls that Excel handles itself (reference keeping, event registration). */
const INTERNAL = new Set(["_KeepReference", "_RemoveReference", "_ValidateArraySize", "_RegisterDataChangedEvent", "_UnregisterDataChangedEvent"]);

/** Properties whose name on the wire is not the API's (Worksheet.showGridlines travels as "Gridlines"). */
const WIRE_NAMES: Readonly<Record<string, string>> = { gridlines: "showGridlines", headings: "showHeadings" };

export async function answerRequest(double: OfficeDouble, body: RequestBody, measuredBytes: number): Promise<unknown> {
  const context = double.serverContext();
  const paths = body.ObjectPaths ?? {};
  const objects = new Map<number, Proxy>();
  const finish: (() => { ActionId: number; Value: unknown } | null)[] = [];
  const traces: number[] = [];

  const argumentsOf = (info: ArgumentInfo | undefined): unknown[] =>
    (info?.Arguments ?? []).map((arg, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      return typeof ref === "number" && ref > 0 ? resolve(ref) : arg;
    });

  const resolve = (id: number): Proxy => {
    const known = objects.get(id);
    if (known) return known;
    const path = paths[String(id)];
    if (!path) throw new ExcelError("InvalidObjectPath", `Không có đường dẫn đối tượng ${id}.`);
    const parent = () => resolve(path.ParentObjectPathId ?? -1);
    const args = argumentsOf(path.ArgumentInfo);
    let object: unknown;
    switch (path.ObjectPathType) {
      case 1:
        object = context.workbook;
        break;
      case 4:
        object = member(parent(), camel(path.Name));
        break;
      case 3:
        object = call(parent(), camel(path.Name), args);
        break;
      case 5:
        object = call(parent(), "getItem", args);
        break;
      default:
        throw new ExcelError("InvalidObjectPath", `double: loại đường dẫn ${path.ObjectPathType} chưa được mô phỏng (${path.Name}).`);
    }
    if (object === null || typeof object !== "object") throw new ExcelError("InvalidObjectPath", `double: ${path.Name} không trả về đối tượng.`);
    objects.set(id, object as Proxy);
    return object as Proxy;
  };

  try {
    for (const action of body.Actions ?? []) {
      const args = argumentsOf(action.ArgumentInfo);
      switch (action.ActionType) {
        case 1: {
          const object = resolve(action.ObjectPathId);
          finish.push(() => ({ ActionId: action.Id, Value: identity(object) }));
          break;
        }
        case 2: {
          const object = resolve(action.ObjectPathId);
          const select = action.QueryInfo?.Select ?? [];
          const collection = hasItems(object);
          (object.load as (props: string[]) => void).call(object, collection ? select.map((p) => `items/${p}`) : select);
          finish.push(() => ({ ActionId: action.Id, Value: queried(object, select, collection) }));
          break;
        }
        case 3: {
          const object = resolve(action.ObjectPathId);
          if (INTERNAL.has(action.Name)) {
            internal(double, object, action.Name);
            break;
          }
          const value = call(object, camel(action.Name), args);
          if (value !== undefined) finish.push(() => ({ ActionId: action.Id, Value: value }));
          break;
        }
        case 4: {
          const object = resolve(action.ObjectPathId);
          const name = WIRE_NAMES[camel(action.Name)] ?? camel(action.Name);
          if (!hasSetter(object, name)) throw new ExcelError("ApiNotFound", `double: ${object.constructor.name}.${name} không đặt được (chưa được mô phỏng).`);
          object[name] = args[0];
          break;
        }
        case 5:
          // A trace marker: the client runs its callback (an event handler's registration) when the result names it.
          traces.push(action.Id);
          finish.push(() => ({ ActionId: action.Id, Value: null }));
          break;
        default:
          throw new ExcelError("InvalidArgument", `double: loại thao tác ${action.ActionType} chưa được mô phỏng.`);
      }
    }
    await double.syncContext(context as never, measuredBytes);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error instanceof Error && error.name === "ApiNotSupportedError" ? "ApiNotFound" : "GeneralException");
    return { Error: { Code: code === undefined ? "GeneralException" : code, Message: (error as Error).message, HttpStatusCode: 400 } };
  }
  const results = finish.map((f) => f()).filter((r) => r !== null);
  return { Results: results, TraceIds: traces };
}

function member(object: Proxy, name: string): unknown {
  if (!(name in object)) throw new ExcelError("ApiNotFound", `double: ${object.constructor.name}.${name} chưa được mô phỏng.`);
  return object[name];
}

function call(object: Proxy, name: string, args: unknown[]): unknown {
  const fn = object[name];
  if (typeof fn !== "function") throw new ExcelError("ApiNotFound", `double: ${object.constructor.name}.${name}() chưa được mô phỏng.`);
  // The client sends optional arguments as null; the double's methods take them as undefined.
  return (fn as (...a: unknown[]) => unknown).apply(object, args.map((a) => (a === null ? undefined : a)));
}

function hasSetter(object: object, name: string): boolean {
  for (let proto: object | null = object; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor.set !== undefined || descriptor.writable === true;
  }
  return false;
}

function hasItems(object: Proxy): boolean {
  return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(object), "items") !== undefined;
}

/** An instantiated object: null for a null object, its id where it has one. */
function identity(object: Proxy): unknown {
  const resolved = (object as { resolved?: () => unknown }).resolved?.();
  if (resolved === null) return null;
  const id = (resolved as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? { Id: id } : {};
}

function queried(object: Proxy, select: string[], collection: boolean): unknown {
  const resolved = (object as { resolved?: () => unknown }).resolved?.();
  if (resolved === null) return null;
  const pick = (item: Proxy) => Object.fromEntries(select.map((prop) => [pascal(prop), item[prop]]));
  if (collection) return { _Items: (object.items as Proxy[]).map(pick) };
  return pick(object);
}

/** Event registration: the sheet's change events go to the client as rich-API messages. */
function internal(double: OfficeDouble, object: Proxy, name: string): void {
  if (name === "_RegisterDataChangedEvent") double.forwardChanges(object as never, true);
  if (name === "_UnregisterDataChangedEvent") double.forwardChanges(object as never, false);
}

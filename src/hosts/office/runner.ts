/**
 * How the Office host reaches Excel: Excel.run, injectable so tests run the host on Microsoft's
 * own client against a fake Excel. Types first, in a module of their own, so the modules that use
 * them (excelHost, writeSheets) never import each other.
 *
 * Every batch asks Excel to wait while the officer is editing a cell (delayForCellEdit): without
 * it Excel fails the batch instead ("InvalidOperationInCellEditMode"), and live checking, which
 * runs as soon as an edit ends and the officer starts typing the next cell, would silently miss
 * entries. Office's own errors become Vietnamese messages that say what to do (officeErrors.ts).
 */
import type { IsSetSupported } from "./apiSupport";
import { translateOfficeError } from "./officeErrors";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelRunner {
  run<T>(batch: Batch<T>): Promise<T>;
  /** Runs on the context of an earlier batch: event handlers must be removed where they were added. */
  runIn<T>(context: Excel.RequestContext, batch: Batch<T>): Promise<T>;
}

export interface ExcelHostDeps {
  runner: ExcelRunner;
  isSetSupported: IsSetSupported;
  /** Request bytes per sync before arrays are split (tests lower it to see the splitting). */
  requestLimit?: number;
}

/** The part of the Excel namespace the runner uses. */
export interface ExcelRun {
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

export function excelRunner(excel: ExcelRun): ExcelRunner {
  const translated = <T>(running: Promise<T>) => running.catch((error: unknown) => Promise.reject(translateOfficeError(error)));
  return {
    run: (batch) => translated(excel.run({ delayForCellEdit: true }, batch)),
    runIn: (context, batch) => translated(excel.run({ delayForCellEdit: true, previousObjects: context }, batch)),
  };
}

/** The real Excel, for the task pane. */
export function officeDeps(): ExcelHostDeps {
  return {
    runner: excelRunner(Excel as unknown as ExcelRun),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

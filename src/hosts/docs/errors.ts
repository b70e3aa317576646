/** A plan document that cannot be read, with a Vietnamese message saying why and what to do. */
export class PlanDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanDocumentError";
  }
}

/** A 200-page plan is about 1 MB of text; a .docx or PDF with pictures, a few MB. */
export const MAX_DOCUMENT_BYTES = 30 * 1024 * 1024;

/**
 * Reading a PDF back in tests
 * ===========================
 * `readPdf(bytes)`: the pages of a PDF with their text, read by pdf.js (`pdfjs-dist`, a dev
 * dependency: only tests read PDFs). A page's `body` leaves out what sits in the bottom margin (the
 * footer with the title and page number that `report --format pdf` prints on every page), so an
 * empty `body` means a blank page.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfPage {
  /** Every text item of the page, in content order, joined by spaces. */
  text: string;
  /** The same without the bottom margin's items. */
  body: string;
  /** The first text item above the bottom margin (a page's heading when it opens a section). */
  first: string;
}

/** Text items closer than this to the bottom edge (16 mm, the report's bottom margin) are the footer. */
const FOOTER_PT = (16 / 25.4) * 72;

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items.flatMap((item) =>
        "str" in item && item.str.trim() !== "" ? [{ str: item.str, y: item.transform[5] as number }] : [],
      );
      const body = items.filter((i) => i.y > FOOTER_PT);
      pages.push({
        text: items.map((i) => i.str).join(" "),
        body: body.map((i) => i.str).join(" "),
        first: body[0]?.str ?? "",
      });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Text with every run of white space removed, so a name broken over lines still matches. */
export const squash = (text: string): string => text.replace(/\s+/g, "");

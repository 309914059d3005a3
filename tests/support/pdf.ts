// @ts-expect-error pdf-parse ships no types. Its lib entry skips index.js, which reads a test file when run as main.
import pdfParse from "pdf-parse/lib/pdf-parse.js";

export interface PdfContents {
  pages: number;
  text: string;
  info: Record<string, string>;
}

/** A PDF's page count and text, as a reader would extract it. */
export async function readPdf(body: Buffer | Uint8Array): Promise<PdfContents> {
  const result = (await pdfParse(Buffer.from(body))) as {
    numpages: number;
    text: string;
    info: Record<string, string>;
  };
  return { pages: result.numpages, text: result.text, info: result.info };
}

// QR codes for pairing: shown in the terminal, written as PNG or SVG, and read back from a PNG
// the trusted device saved (a screenshot or a scan).
import { readFile, writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

const OPTIONS = { errorCorrectionLevel: 'L' as const, margin: 2 };

// jsqr is CommonJS whose types declare an ES default export: the function is module.exports.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;

/** The QR in Unicode half blocks, two modules per character row; fits an 80×40 terminal. */
export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'terminal', small: true });
}

export async function writeQrPng(file: string, text: string): Promise<void> {
  await writeFile(file, await QRCode.toBuffer(text, { ...OPTIONS, type: 'png', scale: 8 }));
}

export async function writeQrSvg(file: string, text: string): Promise<void> {
  await writeFile(file, await QRCode.toString(text, { ...OPTIONS, type: 'svg' }));
}

/** The text of the QR code in a PNG image; throws saying why when there is none. */
export async function readQrPng(file: string): Promise<string> {
  const bytes = await readFile(file);
  let image: PNG;
  try {
    image = PNG.sync.read(bytes);
  } catch (error) {
    throw new Error(`${file} is not a PNG image (${(error as Error).message}); give the gl-pairing: text or a PNG of the QR code`);
  }
  const found = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
  if (!found) throw new Error(`no QR code found in ${file}`);
  return found.data;
}

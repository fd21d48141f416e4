// sha256 (hex) of canonical JSON, with @noble/hashes so the same bytes hash the same in Node and the
// browser without Node's crypto.

import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { canonicalJson } from "./canonical-json.ts";

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

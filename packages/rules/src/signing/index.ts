/** Canonical JSON, hashes and Ed25519 signatures of rule-set documents, with WebCrypto only (Node 20 and browsers). */
export { decodeBase64Url, encodeBase64Url } from './base64url.ts';
export { CANONICAL_JSON_MAX_DEPTH, canonicalJson } from './canonical-json.ts';
export { sha256Hex } from './sha256-hex.ts';
export { signDocument, verifyDocumentSignature } from './sign-document.ts';
export { SIGNING_ERROR_CODES, SigningError, type SigningErrorCode } from './signing-error.ts';
export { generateSigningKeyPair, publicKeyOfPrivateKey, publicKeyText, readPrivateKey, readPublicKey, type SigningKeyPair } from './signing-keys.ts';

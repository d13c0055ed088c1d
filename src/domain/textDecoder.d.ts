// The domain compiles against the language's libs alone. TextDecoder and TextEncoder (the catalog
// writer's) are not ECMAScript, but every place the domain runs has them (browsers, the worker,
// Node), so they are declared here as far as they are used.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

// server.ts runs this module from source and the app from the build: two copies of the class, so it is
// recognised by a registered symbol, not by `instanceof`.
const BRAND = Symbol.for("numerai.BytesResponse");

export function isBytesResponse(response: Response): response is BytesResponse {
  return (response as Partial<BytesResponse>)[BRAND] === true;
}

/**
 * A Response whose whole body is already in memory: a rendered or kept page, a kept API answer. The fetch
 * Response builds a web ReadableStream for every body it is given, and for a small answer building and
 * draining that stream costs more than the rest of sending it. This one builds its stream only when
 * something reads the body through the fetch API; server.ts writes `content` to the socket directly.
 *
 * Remix must not look at `body` to recognise a Response (patches/@remix-run+*: `instanceof Response`
 * first), or it would build the stream anyway.
 */
export class BytesResponse extends Response {
  readonly [BRAND] = true;
  #readable: Response | undefined;

  constructor(
    readonly content: Uint8Array<ArrayBuffer>,
    init: ResponseInit = {},
  ) {
    super(null, init);
  }

  /** The same body as a plain Response, built the first time the body is read through the fetch API. */
  #read(): Response {
    return (this.#readable ??= new Response(this.content, { headers: this.headers }));
  }

  override arrayBuffer() {
    return this.#read().arrayBuffer();
  }
  override async bytes() {
    return new Uint8Array(await this.#read().arrayBuffer());
  }
  override blob() {
    return this.#read().blob();
  }
  override formData() {
    return this.#read().formData();
  }
  override json() {
    return this.#read().json();
  }
  override text() {
    return this.#read().text();
  }
  override clone(): BytesResponse {
    if (this.bodyUsed) throw new TypeError("Response.clone: the body has already been read.");
    return new BytesResponse(this.content, { status: this.status, statusText: this.statusText, headers: this.headers });
  }
  static {
    // Accessors over the base class's, which TypeScript declares as plain properties.
    Object.defineProperties(BytesResponse.prototype, {
      body: {
        get(this: BytesResponse) {
          return this.#read().body;
        },
      },
      bodyUsed: {
        get(this: BytesResponse) {
          return this.#readable?.bodyUsed ?? false;
        },
      },
    });
  }
}

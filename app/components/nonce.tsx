import { createContext, useContext } from "react";

const NonceContext = createContext("");

/** The per-request CSP nonce, so inline scripts Remix renders are allowed by the policy. */
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);

import { errorBoundary } from "~/components/error-page";

/**
 * Any address no other route takes. Answering here rather than leaving it unmatched runs the root's
 * loader first, so the 404 page keeps the visitor's signed-in header.
 */
const notFound = () => {
  throw new Response("", { status: 404, statusText: "Not Found" });
};
export const loader = notFound;
export const action = notFound;

export default function NotFound() {
  return null;
}

export const ErrorBoundary = errorBoundary({ to: "/", label: "Go to the home page" });

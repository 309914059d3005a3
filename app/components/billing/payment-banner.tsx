import { Form, Link } from "@remix-run/react";

/** On every page while a subscription's payment is failing (past_due or unpaid). */
export function PaymentProblemBanner() {
  return (
    <div className="banner banner--warning" role="region" aria-label="Payment problem">
      <p>
        <strong>Your last payment didn't go through.</strong> Update your payment method to keep your plan.{" "}
        <Link to="/billing">Billing</Link>
      </p>
      <Form method="post" action="/billing/portal">
        <button type="submit" className="button button--small">
          Fix my payment method
        </button>
      </Form>
    </div>
  );
}

export function FlashToast({ flash }: { flash: { kind: string; message: string } | null }) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {flash ? <p className={`toast toast--${flash.kind}`}>{flash.message}</p> : null}
    </div>
  );
}

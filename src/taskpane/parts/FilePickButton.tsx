import { useRef } from "react";
import { Button, Spinner } from "@fluentui/react-components";

/**
 * A button that opens the browser's file picker. The native input stays hidden (it cannot be
 * styled or labelled well) but is the same control, so keyboard and screen readers get a button.
 */
export function FilePickButton(props: { label: string; accept: string; busy: boolean; disabled: boolean; onFile: (file: File) => void; appearance?: "primary" | "secondary" }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={props.appearance ?? "secondary"}
        disabled={props.disabled}
        icon={props.busy ? <Spinner size="tiny" /> : undefined}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is noticed.
          event.target.value = "";
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
